-- CreateTable
CREATE TABLE "Heartbeat" (
    "server" TEXT NOT NULL PRIMARY KEY,
    "at" DATETIME NOT NULL
);
