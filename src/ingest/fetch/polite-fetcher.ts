import type { RawDocument } from "../../types.js";
import { CorroborateError } from "../../errors.js";
import { fetchReport, fetchResource, type FetchedResource, type FetchOptions, type RequestShape } from "../fetch-url.js";
import { HostPacer } from "./host-pacer.js";
import { RobotsRules } from "./robots.js";

export interface PoliteOptions {
  /** Address policy, limits and resolver, as for any fetch. */
  fetch: Partial<FetchOptions>;
  /** The least time between two requests to one host. */
  perHostIntervalMs: number;
}

/** One request per host per second: what a polite crawler keeps to. */
export const DEFAULT_POLITENESS: PoliteOptions = { fetch: {}, perHostIntervalMs: 1000 };

/** Feeds, sitemaps and robots.txt: XML, JSON or text. */
export const FEED_SHAPE: Omit<RequestShape, "headers"> = {
  accept: "application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/xml;q=0.9,application/json;q=0.8,*/*;q=0.5",
  types: /^(?:application\/(?:[\w.+-]*\+)?(?:xml|json)|text\/|application\/(?:x-)?gzip|application\/octet-stream)/i,
  what: "a feed, a sitemap or text",
};

/**
 * Fetching many pages from the sites a feed or sitemap points to, as a polite crawler does: at
 * most one request per host per interval, and article pages only where the site's robots.txt
 * lets Corroborate read them. Every request still goes through the address policy.
 */
export class PoliteFetcher {
  private readonly pacer: HostPacer;
  private readonly robots: RobotsRules;

  constructor(private readonly options: PoliteOptions = DEFAULT_POLITENESS) {
    this.pacer = new HostPacer(options.perHostIntervalMs);
    this.robots = new RobotsRules((url) => this.resource(url, { accept: "text/plain", types: /^text\//i, what: "text" }));
  }

  /** An article page a feed or sitemap links to. */
  async page(url: string): Promise<RawDocument> {
    if (!(await this.robots.allows(url))) {
      throw new CorroborateError("E_URL_BLOCKED", "ingest", `${url}: the site's robots.txt does not allow fetching it`, url);
    }
    await this.pacer.wait(url);
    return fetchReport(url, this.options.fetch);
  }

  /** A feed or sitemap (pass validators in `shape.headers` for a conditional GET); `limits` before the fetch options. */
  async resource(url: string, shape: RequestShape = FEED_SHAPE, limits: Partial<FetchOptions> = {}): Promise<FetchedResource> {
    await this.pacer.wait(url);
    return fetchResource(url, shape, { ...limits, ...this.options.fetch });
  }
}
