// `npm run bench [http|reader]`: serves the production build on its own database and runs
// the benchmarks (both by default). Every figure is compared with a baseline measured in
// the same run, since absolute numbers drift on this machine.
import { runHttpLoad } from "./http-load.mts";
import { runReaderBudgets } from "./reader-budgets.mts";
import { startServer } from "./server.mts";

const which = process.argv[2] ?? "all";
if (!["all", "http", "reader"].includes(which)) {
  console.error(`unknown benchmark "${which}": use http, reader or nothing for both`);
  process.exit(2);
}

const server = await startServer(Number(process.env.BENCH_PORT ?? 3200));
let ok = true;
try {
  if (which !== "reader") ok = (await runHttpLoad(server.base)) && ok;
  if (which !== "http") ok = (await runReaderBudgets(server.base)) && ok;
} finally {
  server.stop();
}
process.exit(ok ? 0 : 1);
