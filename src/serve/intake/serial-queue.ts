/**
 * Runs tasks one at a time, in the order given. Placing a report reads the stories it may join and
 * then writes; two placements interleaved at their awaits could both join a story that one of them
 * is about to merge away, so the server sends every write through one queue.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
