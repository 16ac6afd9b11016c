import { setImmediate } from "node:timers/promises";

/**
 * Let the event loop answer what is waiting (a server's readers) before the next step of a long
 * write. The steps of storing a big report (placing and committing it, reading its story back,
 * handing it to a worker) each take tens of milliseconds of the main thread; chained by awaits on
 * settled promises they would run as one task, and every reader would wait for all of them.
 */
export function readersTurn(): Promise<void> {
  return setImmediate();
}
