import type { IngestEvent, ProgressListener } from "../pipeline.js";
import type { CliIO } from "./io.js";
import { formatBytes } from "../format-bytes.js";

/** Below this many reports the work is over before a progress line would help. */
const MIN_REPORTS_FOR_PROGRESS = 50;
/** Redraw at most this often: terminals are slow and the numbers move fast. */
const REDRAW_EVERY_MS = 100;
/** Width of the bar in characters: fits an 80-column terminal with the counts beside it. */
const BAR_WIDTH = 30;

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

/**
 * Progress of an ingest. On a terminal: a bar with counts and rate on stderr, redrawn in place.
 * Piped: one NDJSON line per report on stderr ({"done","total","status","source","id","story"}),
 * written after the report is committed, so a line saying "stored" is a receipt.
 */
export function ingestProgress(io: CliIO): { listener: (event: IngestEvent) => void; finish(): void } {
  if (!io.stderrIsTTY) return { listener: (event) => io.stderr(JSON.stringify({ type: "progress", ...event }) + "\n"), finish: () => {} };
  const started = Date.now();
  let last = 0;
  let shown = false;
  const listener = (event: IngestEvent) => {
    const now = Date.now();
    const complete = event.bytes ? event.bytes.read >= event.bytes.total : event.done >= event.total;
    if (!complete && now - last < REDRAW_EVERY_MS) return;
    last = now;
    shown = true;
    // An archive's size in reports is unknown until it is read: its bytes measure the way instead.
    const share = event.bytes ? event.bytes.read / Math.max(1, event.bytes.total) : event.done / Math.max(1, event.total);
    const filled = Math.round(Math.min(1, share) * BAR_WIDTH);
    const rate = event.done / Math.max(0.001, (now - started) / 1000);
    const counts = event.bytes ? `${event.done} reports · ${formatBytes(event.bytes.read)}/${formatBytes(event.bytes.total)}` : `${event.done}/${event.total} reports`;
    io.stderr(`\r[${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}] ${counts} · ${rate.toFixed(0)}/s\u001b[K`);
  };
  return { listener, finish: () => shown && io.stderr("\r\u001b[K") };
}
