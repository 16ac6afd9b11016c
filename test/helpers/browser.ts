import { existsSync, mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { chromium, type Browser } from "playwright-core";

/** Debian's chromium; CHROMIUM_PATH points elsewhere. `.ci/run` installs it when missing. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const HAVE_CHROMIUM = existsSync(CHROMIUM);

/** Screenshots for a person to look at after a run. */
export const SCREENSHOT_DIR = resolve(process.cwd(), "test-output/screenshots");

/**
 * Headless Chromium that makes no connection of its own: this machine's network is closed, and a
 * browser that phones home fails its lookups over and over.
 */
export async function launchBrowser(): Promise<Browser> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}
