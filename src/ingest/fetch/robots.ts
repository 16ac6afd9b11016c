import { createRequire } from "node:module";
import { isCorroborateError } from "../../errors.js";
import type { FetchedResource } from "../fetch-url.js";

interface Rules {
  isAllowed(url: string, userAgent?: string): boolean | undefined;
}
/** robots-parser is CommonJS whose types declare a default export it does not have: load it as CommonJS. */
const robotsParser = createRequire(import.meta.url)("robots-parser") as (url: string, contents: string) => Rules;
/** The product token robots.txt rules name (the start of our User-Agent). */
const ROBOT_NAME = "Corroborate";

/**
 * robots.txt rules per site, read once per origin. Following RFC 9309: a robots.txt that is
 * missing (4xx) allows everything; one that cannot be read (5xx, unreachable) disallows
 * everything on that site for this run.
 */
export class RobotsRules {
  private readonly sites = new Map<string, Promise<Rules | "all" | "none">>();

  constructor(private readonly fetchText: (url: string) => Promise<FetchedResource>) {}

  async allows(url: string): Promise<boolean> {
    const origin = new URL(url).origin;
    let rules = this.sites.get(origin);
    if (!rules) {
      rules = this.load(origin);
      this.sites.set(origin, rules);
    }
    const found = await rules;
    if (found === "all") return true;
    if (found === "none") return false;
    return found.isAllowed(url, ROBOT_NAME) !== false;
  }

  private async load(origin: string): Promise<Rules | "all" | "none"> {
    const robotsUrl = `${origin}/robots.txt`;
    try {
      const response = await this.fetchText(robotsUrl);
      return robotsParser(robotsUrl, new TextDecoder().decode(response.body));
    } catch (error) {
      if (isCorroborateError(error) && /answered 4\d\d\b/.test(error.message)) return "all";
      return "none";
    }
  }
}
