import { move, transferableSymbol, valueSymbol } from "piscina";
import type { TaskOutcome } from "./task-outcome.js";

/**
 * The buffer under `bytes`, to move to another thread, when the bytes are all of it (a file read
 * whole, a page unpacked: ingest/unpack.ts sizes its buffer to fit); else nothing, and the bytes
 * are copied. A view on part of a buffer may share it with other data (Node's pool of small
 * buffers), which moving would take from them.
 */
export function handOverBytes(bytes: Uint8Array): ArrayBuffer[] {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  return whole ? [bytes.buffer] : [];
}

/** A task's outcome as piscina sends it back with some of its buffers moved (its transfer protocol; `move` marks it). */
export interface MovedOutcome<T> {
  [transferableSymbol]: ArrayBuffer[];
  [valueSymbol]: TaskOutcome<T>;
}

/**
 * A worker's outcome sent back with the bytes `views` picks from its value moved, not copied: the
 * thread that gets megabytes this way (a big report's text, its analysis packed for storing) does
 * no work in proportion to them, where a copy would hold up every reader of a server.
 */
export function movingBytes<T>(outcome: TaskOutcome<T>, views: (value: T) => Uint8Array[]): TaskOutcome<T> | MovedOutcome<T> {
  const buffers = "value" in outcome ? views(outcome.value).flatMap(handOverBytes) : [];
  if (buffers.length === 0) return outcome;
  const moved: MovedOutcome<T> = { [transferableSymbol]: buffers, [valueSymbol]: outcome };
  move(moved);
  return moved;
}
