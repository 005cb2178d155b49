import type { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;
type Query = Parameters<Transaction["executeRaw"]>[0];

const ROLLBACK: Query = { sql: "ROLLBACK", args: [], argTypes: [] };
const ENDS_TRANSACTION = /^\s*(COMMIT|ROLLBACK)\b/i;

/**
 * When COMMIT fails (disk full, an I/O error), SQLite keeps the transaction open and Prisma
 * (6.19) neither rolls it back nor tells the adapter it is over, so the adapter's lock stays
 * taken: every later transaction waits for it forever (P2028 once it times out), and plain
 * writes land inside the dead transaction. This ends such a transaction on the spot — rolled
 * back, lock released — and passes the error on, so the write fails fast and the next one
 * works again once the cause is gone.
 */
function recoverable(transaction: Transaction): Transaction {
  let ended = false;
  const release = transaction.rollback.bind(transaction); // the adapter's rollback only frees its lock
  const commit = transaction.commit.bind(transaction);
  const execute = transaction.executeRaw.bind(transaction);
  transaction.commit = async () => {
    if (ended) return;
    ended = true;
    await commit();
  };
  transaction.rollback = async () => {
    if (ended) return;
    ended = true;
    await release();
  };
  transaction.executeRaw = async (query) => {
    try {
      return await execute(query);
    } catch (error) {
      if (ENDS_TRANSACTION.test(query.sql)) {
        await execute(ROLLBACK).catch(() => 0); // "no transaction is active" is fine: it is over
        await transaction.rollback();
      }
      throw error;
    }
  };
  return transaction;
}

/** The adapter factory, its connections' transactions made to end even when COMMIT fails. */
export function withTransactionRecovery(factory: PrismaBetterSQLite3): PrismaBetterSQLite3 {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const start = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => recoverable(await start(isolationLevel));
    return adapter;
  };
  return factory;
}
