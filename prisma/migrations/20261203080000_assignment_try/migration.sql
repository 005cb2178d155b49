-- Which try at an assignment a quiz is: one row per (assignment, learner, try), so concurrent
-- starts cannot open more quizzes than the assignment allows. Quizzes outside an assignment
-- (and those started before this migration) keep NULL, which a unique index does not compare.
ALTER TABLE "Quiz" ADD COLUMN "assignmentTry" INTEGER;

CREATE UNIQUE INDEX "Quiz_assignmentId_userId_assignmentTry_key" ON "Quiz"("assignmentId", "userId", "assignmentTry");
