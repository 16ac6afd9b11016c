import { test } from "node:test";
import assert from "node:assert/strict";
import { resolve } from "node:path";
import { HAVE_CHROMIUM, launchBrowser } from "./helpers/browser.js";
import { alignStory } from "../src/align/index.js";
import { analyzedArticle } from "./helpers/analyzed.js";
import { renderStoryPage } from "../src/serve/ui/pages/story-page.js";

/**
 * Scraped text keeps image and link addresses as one long word. The story page, laid out by the
 * real stylesheet in Chromium at a phone's width, wraps them instead of scrolling sideways.
 */
const skip = HAVE_CHROMIUM || process.env.CORROBORATE_REQUIRE_BROWSER ? false : "no Chromium at /usr/bin/chromium";

test("a report text with a long unbroken address does not widen the story page on a phone", { skip }, async () => {
  const address = `![](https://media.example.org/uploads/2031/03/${"a1b2c3d4".repeat(12)}-1024x683.jpg)`;
  const report = (id: string) => analyzedArticle(id, `Officials said 9 people were hurt in the Arlow depot fire.\n\n${address}`, [
    { sentence: 0, kind: "quantity", key: "injured", value: "9", number: 9 },
  ]);
  const aligned = alignStory({ id: "s", headline: "Depot fire in Arlow", reprintGroups: [], articles: [report("a"), report("b")] });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.setContent(renderStoryPage(aligned).replace(/<link rel="stylesheet"[^>]*>/, ""));
    await page.addStyleTag({ path: resolve("web/app.css") });
    assert.ok(await page.locator(".report-text", { hasText: "media.example.org" }).count() > 0, "the address is in the report text");
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 0);
  } finally {
    await browser.close();
  }
});
