// `npm run db:copy -- --from file:./data/app.db --to postgresql://…`: moves a school's data
// from one database to another (SQLite to PostgreSQL, the day one machine is not enough).
// The target is migrated first and must be empty; every table is copied through Prisma's model
// API (so dates, booleans and big integers convert between the two), parents before the rows
// that point at them (the order comes from the target's foreign keys), in batches, in one
// transaction; then every table's rows are counted on both sides. Stop the app first: rows
// written during the copy would be missed.
import { parseArgs } from "node:util";
import { execFileSync } from "node:child_process";
import { ModelName } from "../generated/prisma/internal/prismaNamespace";
import { createPrismaClient, type Database } from "../lib/db/client";
import { isPostgresUrl } from "../lib/db/database-url";
import { deployPostgresMigrations } from "../lib/db/postgres-migrate";

const BATCH = 500;

function usage(message: string): never {
  console.error(`db:copy: ${message}\nusage: npm run db:copy -- --from <DATABASE_URL> --to <DATABASE_URL>`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({ options: { from: { type: "string" }, to: { type: "string" } } }).values;
} catch (error) {
  usage((error as Error).message);
}
const { from, to } = parsed;
if (!from || !to) usage("both --from and --to are needed");
if (from === to) usage("--from and --to are the same database");

type Delegate = { findMany: () => Promise<Record<string, unknown>[]>; createMany: (args: { data: Record<string, unknown>[] }) => Promise<unknown>; count: () => Promise<number> };
const delegate = (client: unknown, model: string) => (client as Record<string, Delegate>)[model.charAt(0).toLowerCase() + model.slice(1)]!;
const MODELS = Object.values(ModelName);

/** The models in an order where every row's parents come first, from the target's foreign keys. */
async function parentsFirst(target: Database, postgres: boolean): Promise<string[]> {
  const edges: { child: string; parent: string }[] = postgres
    ? // ::text: Prisma's pg adapter cannot read PostgreSQL's "name" type back.
      await target.$queryRaw`SELECT c.relname::text AS "child", p.relname::text AS "parent" FROM pg_constraint k
        JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
        WHERE k.contype = 'f' AND c.relnamespace IN (SELECT oid FROM pg_namespace WHERE nspname = ANY (current_schemas(false)))`
    : (
        await Promise.all(
          MODELS.map(async (child) => {
            const keys = await target.$queryRawUnsafe<{ table: string }[]>(`SELECT "table" FROM pragma_foreign_key_list('${child}')`);
            return keys.map((k) => ({ child, parent: k.table }));
          }),
        )
      ).flat();
  const order: string[] = [];
  const placed = new Set<string>();
  const visit = (model: string, path: Set<string>) => {
    if (placed.has(model)) return;
    if (path.has(model)) throw new Error(`foreign keys form a cycle through ${model}`);
    path.add(model);
    for (const e of edges) if (e.child === model && e.parent !== model) visit(e.parent, path);
    path.delete(model);
    placed.add(model);
    order.push(model);
  };
  for (const model of MODELS) visit(model, new Set());
  return order;
}

const target = createPrismaClient(to);
const source = createPrismaClient(from);
try {
  // The target's schema, at the latest migration.
  if (isPostgresUrl(to)) await deployPostgresMigrations(to);
  else execFileSync(process.execPath, ["--import", "tsx", "scripts/deploy-database.mts"], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, DATABASE_URL: to } });
  for (const model of MODELS) {
    if ((await delegate(target, model).count()) > 0) usage(`the target is not empty (${model} has rows): copy into a new database`);
  }
  const order = await parentsFirst(target, isPostgresUrl(to));
  const started = Date.now();
  await target.$transaction(
    async (tx) => {
      for (const model of order) {
        const rows = await delegate(source, model).findMany();
        for (let i = 0; i < rows.length; i += BATCH) await delegate(tx, model).createMany({ data: rows.slice(i, i + BATCH) });
      }
    },
    { timeout: 30 * 60_000, maxWait: 60_000 },
  );
  const counts = await Promise.all(order.map(async (model) => ({ table: model, from: await delegate(source, model).count(), to: await delegate(target, model).count() })));
  console.table(counts);
  const wrong = counts.filter((c) => c.from !== c.to);
  if (wrong.length > 0) {
    console.error(`db:copy: counts differ in ${wrong.map((c) => c.table).join(", ")}`);
    process.exit(1);
  }
  const rows = counts.reduce((n, c) => n + c.to, 0);
  console.log(`db:copy: ${rows} rows in ${counts.length} tables copied and counted in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await source.$disconnect();
  await target.$disconnect();
}
