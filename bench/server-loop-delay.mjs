/**
 * Loaded into the server process by bench/serve-load.ts (`--import`): measures how long the
 * server's main thread held up its event loop (perf_hooks monitorEventLoopDelay), the stalls every
 * reader waits behind. Less sensitive to a busy machine than request latencies, which also count
 * each client's own wait for a core. On each SIGUSR2 it prints the delays since the previous one
 * as one line on stderr ("loop-delay {json}", in ms) and starts again: the bench signals when its
 * readers start and when they stop. Plain JavaScript: worker threads load it too, before tsx.
 */
import { monitorEventLoopDelay } from "node:perf_hooks";
import { isMainThread } from "node:worker_threads";

if (isMainThread) {
  const delays = monitorEventLoopDelay({ resolution: 10 });
  delays.enable();
  process.on("SIGUSR2", () => {
    const ms = (ns) => Math.round(ns / 1e4) / 100;
    process.stderr.write(`loop-delay ${JSON.stringify({ p50: ms(delays.percentile(50)), p99: ms(delays.percentile(99)), max: ms(delays.max) })}\n`);
    delays.reset();
  });
}
