import type { ProgressListener } from "../pipeline.js";
import type { CliIO } from "./io.js";

/** Below this many reports the work is over before a progress line would help. */
const MIN_REPORTS_FOR_PROGRESS = 50;
/** Redraw at most this often: terminals are slow and the numbers move fast. */
const REDRAW_EVERY_MS = 100;

/**
 * A one-line progress display on a terminal's stderr ("reading reports 120/1000"), cleared when
 * done. Returns undefined when stderr is not a terminal, so piped output stays clean.
 */
export function terminalProgress(io: CliIO, label: string): { listener?: ProgressListener; finish(): void } {
  if (!io.stderrIsTTY) return { finish: () => {} };
  let last = 0;
  let shown = false;
  const listener: ProgressListener = (done, total) => {
    const now = Date.now();
    if (total < MIN_REPORTS_FOR_PROGRESS || now - last < REDRAW_EVERY_MS) return;
    last = now;
    shown = true;
    io.stderr(`\r${label} ${done}/${total}`);
  };
  return { listener, finish: () => shown && io.stderr("\r\u001b[K") };
}
