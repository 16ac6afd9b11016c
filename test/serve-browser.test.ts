import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { HAVE_CHROMIUM, SCREENSHOT_DIR, launchBrowser } from "./helpers/browser.js";
import { postJson, startTestServer, type TestServer } from "./helpers/server.js";

/**
 * The web UI in real headless Chromium: adding reports by form, the story list and its search,
 * the story page and its matrix, and a hostile report that must stay inert. Each page leaves a
 * screenshot in test-output/screenshots/ for a person to look at.
 */
const skip = HAVE_CHROMIUM || process.env.CORROBORATE_REQUIRE_BROWSER ? false : "no Chromium at /usr/bin/chromium (apt-get install chromium, or set CHROMIUM_PATH)";
const RAIL = resolve("examples/rail-crash");
const railFiles = readdirSync(RAIL).filter((f) => /\.(txt|html)$/.test(f)).sort();

let server: TestServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
const dialogs: string[] = [];

before(async () => {
  if (skip) return;
  // A generous budget and timeouts: a busy machine slows analysis many times over, and the pages are under test.
  server = await startTestServer({ budget: { secondsPerMb: 60, minSeconds: 120 } });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(120_000);
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") pageErrors.push(message.text());
  });
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Other example events, posted through the API, so that the list has more than one story. */
async function postExamples(events: string[]): Promise<void> {
  for (const event of events) {
    const dir = resolve("examples", event);
    for (const name of readdirSync(dir).filter((f) => /\.(txt|html)$/.test(f))) {
      const content = readFileSync(join(dir, name), "utf8");
      const { status } = await postJson(`${server.url}/api/reports`, name.endsWith(".html") ? { html: content, source: name } : { text: content, source: name });
      assert.equal(status, 201, `${event}/${name}`);
    }
  }
}

const shot = (name: string) => page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });

test("the add page stores pasted text and uploaded files, and links each to its story", { skip }, async () => {
  await page.goto(`${server.url}/add`);
  const [pasted, ...uploads] = railFiles;
  await page.fill("#text", readFileSync(join(RAIL, pasted!), "utf8"));
  await page.fill("#source", pasted!);
  await page.click("button[type=submit]");
  await page.waitForSelector(".result-list");
  assert.equal(await page.locator(".result-stored").count(), 1);

  await page.setInputFiles("#files", uploads.map((name) => join(RAIL, name)));
  await page.click("button[type=submit]");
  await page.waitForSelector(".result-list");
  assert.equal(await page.locator(".result-stored").count(), uploads.length);
  const storyLinks = await page.locator(".result-story").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  assert.equal(new Set(storyLinks).size, 1, "every report joined one story");
  await shot("add-report");
  assert.deepEqual(pageErrors, []);
});

test("the story list shows every story with its counts, and the search narrows it", { skip }, async () => {
  await postExamples(["earthquake", "election", "ferry-sinking", "flood-kellmoor"]);
  const stored = (await (await fetch(`${server.url}/api/stories`)).json()) as { total: number };
  await page.goto(`${server.url}/`);
  const rows = page.locator(".story-table tbody tr");
  assert.equal(await rows.count(), stored.total);
  const rail = rows.filter({ hasText: /Astana/ });
  assert.equal(await rail.count(), 1);
  const row = await rail.innerText();
  assert.match(row, new RegExp(`\\b${railFiles.length}\\b`), "number of reports");
  const disputedCell = await rail.locator('td[data-label="Disputed points"]').innerText();
  assert.ok(Number(disputedCell.trim()) > 0, `disputed points shown as a count, got "${disputedCell}"`);
  await shot("story-list");

  await page.fill("#q", "nothing-like-this-anywhere");
  await page.press("#q", "Enter");
  await page.waitForURL(/q=nothing/);
  assert.equal(await page.locator(".story-table tbody tr").count(), 0);
  await page.fill("#q", "astana");
  await page.press("#q", "Enter");
  await page.waitForURL(/q=astana/);
  assert.equal(await page.locator(".story-table tbody tr").count(), 1);
  const headline = await page.locator(".story-link").first().innerText();
  await page.click(".story-link");
  await page.waitForURL(/\/stories\//);
  assert.equal(await page.locator("h1").innerText(), headline);
});

test("the story page shows disputes, consensus, the matrix and the removed chrome; matrix cells open their sentences", { skip }, async () => {
  assert.match(page.url(), /\/stories\//);
  assert.ok((await page.locator("#consensus details, #consensus li").count()) > 0, "consensus facts");
  const disputed = page.locator('#matrix td[data-state="disputes"]');
  assert.ok((await disputed.count()) > 0, "a disputed cell");
  assert.ok((await page.locator('#matrix td[data-state="silent"]').count()) > 0, "a silent cell");
  assert.match(await disputed.first().locator(".visually-hidden").innerText(), /against other reports/, "readable without colour");
  assert.ok((await page.locator(".dispute mark").count()) > 0, "disputed sentences highlighted");
  await shot("story-page");

  const link = disputed.first().locator("a");
  const target = page.locator(`[id="${decodeURIComponent((await link.getAttribute("href"))!.slice(1))}"]`);
  await link.click();
  const panel = page.locator("#evidence-panel");
  await panel.waitFor({ state: "visible" });
  assert.equal((await panel.locator(".stated").innerText()).trim(), (await target.innerText()).trim(), "the cell's sentence opens beside the matrix");
  await page.screenshot({ path: join(SCREENSHOT_DIR, "story-page-sentence.png") });
  await page.keyboard.press("Escape");
  await panel.waitFor({ state: "hidden" });

  const agreedRows = page.locator('#matrix tbody[data-group="agreed"] tr');
  assert.ok(await agreedRows.first().isVisible());
  await page.check("#matrix-only-disputed");
  assert.ok(!(await agreedRows.first().isVisible()), "agreed rows hidden");
  assert.ok(await page.locator('#matrix tbody[data-group="disputed"] tr').first().isVisible());
  await page.uncheck("#matrix-only-disputed");
  assert.ok(await agreedRows.first().isVisible());

  const removed = page.locator("details", { hasText: /removed/i });
  assert.ok((await removed.count()) > 0, "removed chrome shown apart");
  assert.deepEqual(pageErrors, []);
});

test("a report carrying script, event handlers and javascript: links stays inert text", { skip }, async () => {
  const payload = [
    "Harbour bridge <img src=x onerror=\"window.__xss='img'\"> closed after storm <script>window.__xss='title'</script>",
    "",
    "The harbour bridge in Kellport was closed on Monday after a storm damaged two cables, the city engineer said. <script>window.__xss='body';alert('body')</script> Traffic was sent through the old town.",
    "",
    "About 40 boats were kept in port, according to the harbour master, who said <a href=\"javascript:window.__xss='link'\">the full notice</a> would follow. <svg onload=\"alert('svg')\"></svg>",
    "",
    "The bridge is expected to reopen on Friday once the cables are replaced, officials said, and 12 workers will be on site day and night.",
  ].join("\n");
  const { status, json } = await postJson(`${server.url}/api/reports`, { text: payload, source: "javascript:alert('source')" });
  assert.equal(status, 201, JSON.stringify(json));

  for (const path of [`/stories/${encodeURIComponent(json.story)}`, "/", `/?q=${encodeURIComponent("<script>alert(1)</script>")}`]) {
    await page.goto(`${server.url}${path}`);
    await page.waitForTimeout(100);
    assert.equal(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss), undefined, `script ran on ${path}`);
    assert.equal(await page.locator("main script, main img, main svg, main [onerror], main [onload]").count(), 0, path);
    assert.equal(await page.locator('a[href^="javascript:"]').count(), 0, path);
  }
  await page.goto(`${server.url}/stories/${encodeURIComponent(json.story)}`);
  const text = await page.locator("main").innerText();
  assert.ok(text.includes("<script>window.__xss='body';alert('body')</script>"), "the script is shown as text");
  await page.locator("body").click({ position: { x: 5, y: 5 } });
  assert.deepEqual(dialogs, [], "no dialog opened");
  await shot("hostile-report");
});
