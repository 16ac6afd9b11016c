/**
 * At most one request per host per interval: each caller waits for its host's next free slot.
 * Slots are handed out in call order, so concurrent callers for one host queue up instead of
 * arriving together.
 */
export class HostPacer {
  private readonly next = new Map<string, number>();

  constructor(private readonly intervalMs: number) {}

  async wait(url: string): Promise<void> {
    const host = new URL(url).host;
    const now = Date.now();
    const slot = Math.max(now, this.next.get(host) ?? 0);
    this.next.set(host, slot + this.intervalMs);
    if (slot > now) await new Promise((resolve) => setTimeout(resolve, slot - now));
  }
}
