import { InvalidArgumentError } from "commander";

/** Polling faster than this is not polite to the sites watched. */
const MIN_EVERY_MS = 10_000;
const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000 };

/** "10m", "90s", "1h", or plain seconds → milliseconds. */
export function parseInterval(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([smh]?)$/i.exec(text.trim());
  if (!match) throw new InvalidArgumentError("give a time such as 90s, 10m or 1h");
  const ms = Number(match[1]) * UNITS[(match[2] || "s").toLowerCase()]!;
  if (ms < MIN_EVERY_MS) throw new InvalidArgumentError(`poll at most every ${MIN_EVERY_MS / 1000} seconds, to be polite to the sites watched`);
  return ms;
}

/** A webhook must be an http(s) URL; where it leads is checked when an alert is sent. */
export function webhookUrl(text: string, previous: string[] = []): string[] {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new InvalidArgumentError("a webhook is an http(s) URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new InvalidArgumentError("a webhook is an http(s) URL");
  return [...previous, url.href];
}
