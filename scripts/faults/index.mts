// `npm run test:faults [kill|disk]`: what a crash or a full disk does to learners' work, against
// the production build on databases of its own (both parts by default). FAULTS_SEED repeats a run.
import { runDiskFullTest } from "./disk-full.mts";
import { runKillTest } from "./kill.mts";

const which = process.argv[2] ?? "all";
if (!["all", "kill", "disk"].includes(which)) {
  console.error(`unknown part "${which}": use kill, disk or nothing for both`);
  process.exit(2);
}
const port = Number(process.env.FAULTS_PORT ?? 3300);
const seed = Number(process.env.FAULTS_SEED ?? 20261203);
let ok = true;
if (which !== "disk") ok = (await runKillTest(port, seed)) && ok;
if (which !== "kill") ok = (await runDiskFullTest(port)) && ok;
process.exit(ok ? 0 : 1);
