import http from "node:http";
import https from "node:https";
import { DEFAULT_FETCH, parseHttpUrl, pinnedLookup, USER_AGENT, type FetchOptions } from "../ingest/fetch-url.js";
import { isCorroborateError } from "../errors.js";

export interface WebhookOptions {
  /** The same address policy and resolver as fetching: public addresses only, unless a test opens one. */
  fetch: Partial<FetchOptions>;
  /** Tries per alert, and the wait before the first retry (doubled after each). */
  attempts: number;
  backoffMs: number;
  /** For one POST, connection to answer. */
  timeoutMs: number;
}

export const DEFAULT_WEBHOOK: WebhookOptions = { fetch: {}, attempts: 4, backoffMs: 2000, timeoutMs: 10_000 };

/**
 * POSTs each alert as JSON to every webhook, in the background: a webhook that answers 5xx, hangs
 * or cannot be reached is retried with backoff and then given up on with one line, and the watch
 * never waits for it (except `settle`, at exit).
 */
export class WebhookSender {
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly urls: string[],
    private readonly report: (message: string) => void,
    private readonly options: WebhookOptions = DEFAULT_WEBHOOK,
  ) {}

  send(body: object): void {
    const json = JSON.stringify(body);
    for (const url of this.urls) {
      const delivery = this.deliver(url, json).finally(() => this.pending.delete(delivery));
      this.pending.add(delivery);
    }
  }

  /** Wait for the deliveries under way (their retries included). */
  async settle(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  private async deliver(url: string, json: string): Promise<void> {
    let wait = this.options.backoffMs;
    for (let attempt = 1; ; attempt++) {
      const problem = await this.post(url, json);
      if (!problem) return;
      if (attempt >= this.options.attempts || problem.final) {
        this.report(`webhook ${url}: gave up after ${attempt} ${attempt === 1 ? "try" : "tries"} (${problem.message})`);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, wait));
      wait *= 2;
    }
  }

  /** One POST; null when the webhook took it (2xx). A refused address is final: retrying will not help. */
  private async post(target: string, json: string): Promise<{ message: string; final?: boolean } | null> {
    const opts = { ...DEFAULT_FETCH, ...this.options.fetch };
    let url: URL;
    let lookup;
    try {
      url = parseHttpUrl(target);
      lookup = await pinnedLookup(url, opts);
    } catch (error) {
      if (!isCorroborateError(error)) throw error;
      return { message: error.message, final: error.code === "E_URL_BLOCKED" || error.code === "E_BAD_URL" };
    }
    const client = url.protocol === "https:" ? https : http;
    return new Promise((resolve) => {
      const request = client.request(
        url,
        { method: "POST", lookup, timeout: this.options.timeoutMs, headers: { "content-type": "application/json", "user-agent": USER_AGENT, "content-length": Buffer.byteLength(json) } },
        (res) => {
          res.resume();
          const status = res.statusCode ?? 0;
          resolve(status >= 200 && status < 300 ? null : { message: `answered ${status}` });
        },
      );
      request.on("timeout", () => request.destroy(new Error("no answer in time")));
      request.on("error", (error) => resolve({ message: error.message }));
      request.end(json);
    });
  }
}
