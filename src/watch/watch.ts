import type { InputFailure } from "../types.js";
import type { Store } from "../store/index.js";
import { ingestDocument, prepareStory, skipUserError } from "../pipeline.js";
import { readInputs, type InputOptions, type Validators } from "../ingest/index.js";
import { PoliteFetcher } from "../ingest/fetch/polite-fetcher.js";
import { disputesOpenedBy, type DisputeAlert } from "./disputes.js";
import { WebhookSender, DEFAULT_WEBHOOK, type WebhookOptions } from "./webhook.js";

export interface WatchOptions {
  /** Time from the start of one poll to the start of the next. */
  everyMs: number;
  /** Stop after this many polls (1 for `--once`); forever when absent. */
  polls?: number;
  webhooks: string[];
  /** How inputs are read and fetched (follow, address policy, per-host interval). */
  input: Partial<InputOptions>;
  webhook: Partial<WebhookOptions>;
  /** Stops the watch between two reports, or during the wait between polls. */
  signal?: AbortSignal;
}

export interface WatchListener {
  alert(alert: DisputeAlert): void;
  /** An input or entry that could not be used; each distinct message is told once per watch. */
  failure(failure: InputFailure): void;
  poll(summary: { poll: number; stored: number; alerts: number; notModified: number }): void;
  /** A webhook gave up on an alert. */
  warning(message: string): void;
}

/**
 * Watch feeds (and files): poll each input, store every report not seen before, and announce each
 * disputed point a new report opens in its story. What has been seen is what the store holds, so a
 * watch stopped and started again goes on where it was and raises no alert twice. Feeds are polled
 * with conditional GETs; pages are fetched at most once per second per host, where robots.txt
 * allows.
 */
export async function watchInputs(inputs: string[], store: Store, options: WatchOptions, listener: WatchListener): Promise<void> {
  const seen = await storedSources(store);
  const validators = new Map<string, Validators>();
  const input = { follow: true, ...options.input };
  const fetcher = new PoliteFetcher({ fetch: input.fetch ?? {}, perHostIntervalMs: input.perHostIntervalMs ?? 1000 });
  const sender = new WebhookSender(options.webhooks, listener.warning, { ...DEFAULT_WEBHOOK, fetch: input.fetch ?? {}, ...options.webhook });
  const told = new Set<string>();
  for (let poll = 1; !options.signal?.aborted; poll++) {
    const started = Date.now();
    const summary = { poll, stored: 0, alerts: 0, notModified: 0 };
    for await (const item of readInputs(inputs, { ...input, seen: (source) => seen.has(source), validators, fetcher })) {
      if (options.signal?.aborted) break;
      if ("failure" in item && !told.has(item.failure.message)) {
        told.add(item.failure.message);
        listener.failure(item.failure);
      }
      if ("skipped" in item && item.skipped.reason.startsWith("not modified")) summary.notModified++;
      if (!("document" in item) || seen.has(item.document.source)) continue;
      const outcome = await ingestDocument(store, item.document);
      seen.add(item.document.source);
      if (outcome.status === "failed" && !told.has(outcome.message!)) {
        told.add(outcome.message!);
        listener.failure({ source: item.document.source, message: outcome.message! });
      }
      if (outcome.status !== "stored") continue;
      summary.stored++;
      // As after `ingest`: the stories it changed are summarised and kept aligned, in a worker thread.
      await Promise.all((outcome.touched ?? []).map((story) => prepareStory(store, story).catch(skipUserError)));
      const articles = (await store.storyArticles(outcome.story!)) ?? [];
      for (const alert of disputesOpenedBy(outcome.story!, articles, outcome.id!)) {
        summary.alerts++;
        listener.alert(alert);
        sender.send(alert);
      }
    }
    listener.poll(summary);
    if (options.polls !== undefined && poll >= options.polls) break;
    await pause(Math.max(0, started + options.everyMs - Date.now()), options.signal);
  }
  await sender.settle();
}

/** The sources of every stored report: a watch's memory of what it has seen. */
async function storedSources(store: Store): Promise<Set<string>> {
  const sources = new Set<string>();
  for (const story of await store.listStories()) {
    for (const article of (await store.storyArticles(story.id)) ?? []) sources.add(article.source);
  }
  return sources;
}

function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
  });
}
