// `npm run bench [http|reader|quiz|align|submissions|pages|scale]`: runs the benchmarks (all by default); http and reader
// serve the production build on its own database. Every figure is compared with a baseline
// measured in the same run, since absolute numbers drift on this machine.
import { runAlignBench } from "./align.mts";
import { runHttpLoad } from "./http-load.mts";
import { runPagesBench } from "./pages.mts";
import { runQuizBench } from "./quiz-bank.mts";
import { runReaderBudgets } from "./reader-budgets.mts";
import { runScaleBench } from "./scale.mts";
import { BENCH_DATABASE_URL, startServer } from "./server.mts";
import { runSubmissionBench } from "./submissions.mts";

const which = process.argv[2] ?? "all";
if (!["all", "http", "reader", "quiz", "align", "submissions", "pages", "scale"].includes(which)) {
  console.error(`unknown benchmark "${which}": use http, reader, quiz, align, submissions, pages, scale or nothing for all`);
  process.exit(2);
}

let ok = true;
if (which === "all" || which === "quiz") ok = runQuizBench() && ok;
if (which === "all" || which === "align") ok = runAlignBench() && ok;
if (which !== "quiz" && which !== "align") {
  const server = await startServer(Number(process.env.BENCH_PORT ?? 3200));
  try {
    if (which === "all" || which === "http") ok = (await runHttpLoad(server.base)) && ok;
    if (which === "all" || which === "submissions") ok = (await runSubmissionBench(server.base, BENCH_DATABASE_URL)) && ok;
    if (which === "all" || which === "pages") ok = (await runPagesBench(server.base, BENCH_DATABASE_URL)) && ok;
    if (which === "all" || which === "reader") ok = (await runReaderBudgets(server.base)) && ok;
    // Last: it starts a PostgreSQL cluster of its own (and sets the cluster's auth secret).
    if (which === "all" || which === "scale") ok = (await runScaleBench(server.base, BENCH_DATABASE_URL)) && ok;
  } finally {
    server.stop();
  }
}
process.exit(ok ? 0 : 1);
