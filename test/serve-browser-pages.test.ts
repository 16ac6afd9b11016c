import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { HAVE_CHROMIUM, SCREENSHOT_DIR, launchBrowser } from "./helpers/browser.js";
import { HAVE_SEEDS, SEEDS_DIR } from "./helpers/seeds.js";
import { startTestServer, type TestServer } from "./helpers/server.js";
import { ingestInputs, listStories } from "../src/pipeline.js";

/**
 * Every page of the web UI in real headless Chromium, at a desktop and a phone width, over a store
 * of bundled examples and (when beside the repo) the real seed reports: no sideways scrolling,
 * no axe-core violation, the evidence panel in place of a jump down the page, the matrix as one
 * tab stop, the exports. Each page leaves a screenshot per width in test-output/screenshots/.
 */
const skip = HAVE_CHROMIUM || process.env.CORROBORATE_REQUIRE_BROWSER ? false : "no Chromium at /usr/bin/chromium (apt-get install chromium, or set CHROMIUM_PATH)";
const WIDTHS = [1440, 390] as const;
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
/** Generous: the machine running the tests may be busy, and the pages, not analysis speed, are under test. */
const BUDGET = { secondsPerMb: 60, minSeconds: 120 };

let server: TestServer;
let browser: Browser;
const stories: Record<"rail" | "quake" | "seeds", string | undefined> = { rail: undefined, quake: undefined, seeds: undefined };
const pageErrors: string[] = [];

before(async () => {
  if (skip) return;
  server = await startTestServer({ budget: BUDGET });
  const inputs = [resolve("examples/rail-crash"), resolve("examples/earthquake"), ...(HAVE_SEEDS ? [SEEDS_DIR] : [])];
  const result = await ingestInputs(inputs, server.store, undefined, { budget: BUDGET });
  assert.deepEqual(result.failures, []);
  const listed = await listStories(server.store);
  const storyOf = (reportId: (id: string) => boolean) => listed.find(({ summary }) => summary.articles.some((a) => reportId(a.id)))?.id;
  stories.rail = storyOf((id) => id === "daily-blast");
  stories.quake = storyOf((id) => id === "cpa-day1");
  stories.seeds = HAVE_SEEDS ? storyOf((id) => id.startsWith("000_")) : undefined;
  browser = await launchBrowser();
  console.log(`screenshots: ${SCREENSHOT_DIR}`);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage(width: number, path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  // A post waits for analysis, which a busy machine slows many times over; the pages are under test, not its speed.
  page.setDefaultTimeout(120_000);
  page.on("pageerror", (error) => pageErrors.push(`${path}: ${error.message}`));
  const response = await page.goto(`${server.url}${path}`);
  assert.ok(response, path);
  return page;
}

/** axe-core's WCAG 2.2 A/AA rules and best practices, run inside the page (evaluated, so the CSP does not apply). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  });
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Check a page as it stands at one width, and leave its screenshot. */
async function checkPage(page: Page, name: string, width: number): Promise<void> {
  assert.equal(await horizontalOverflow(page), 0, `${name} at ${width} px scrolls sideways`);
  assert.deepEqual(await axeViolations(page), [], `${name} at ${width} px`);
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${width}.png`), fullPage: true });
}

const storyPath = (id: string | undefined) => `/stories/${encodeURIComponent(id!)}`;

test("every page fits the screen and passes axe-core, at 1440 and 390 px", { skip }, async () => {
  const pages: [string, string][] = [
    ["list", "/"],
    ["list-search", "/?q=astana"],
    ["list-no-match", "/?q=nothing-like-this"],
    ["story-rail", storyPath(stories.rail)],
    ["story-quake", storyPath(stories.quake)],
    ...(stories.seeds ? ([["story-seeds", storyPath(stories.seeds)]] as [string, string][]) : []),
    ["add", "/add"],
    ["not-found", "/stories/s-none"],
  ];
  for (const width of WIDTHS) {
    for (const [name, path] of pages) {
      const page = await openPage(width, path);
      await checkPage(page, name, width);
      await page.close();
    }
  }
  assert.deepEqual(pageErrors, []);
});

test("the story page leads with the verdict: disputed points, latest figures, then the consensus", { skip }, async () => {
  const page = await openPage(1440, storyPath(stories.quake));
  const order = await page.locator("main > section.story-section").evaluateAll((sections) => sections.map((s) => s.id));
  assert.deepEqual(order.slice(0, 4), ["disputes", "updates", "consensus", "single-source"]);
  const latest = await page.locator("#updates .latest").first().innerText();
  assert.match(latest, /140/, "the latest toll");
  assert.match(latest, /as of 11 Apr 2026/);
  const disputedRows = await page.locator('#matrix tbody[data-group="disputed"] tr').count();
  assert.equal(disputedRows, await page.locator("#disputes .dispute").count(), "one matrix row per disputed point");
  const against = await page.locator("#matrix thead .matrix-against").allInnerTexts();
  assert.ok(against.length > 0 && against.every((line) => /^against others on \d+ points?$/.test(line)), against.join(" | "));
  assert.doesNotMatch(await page.locator("main").innerText(), /EXTRACT_|contradicts \d+ reports/, "rule codes and per-report counts are gone");
  await page.close();
});

test("a matrix cell opens its sentence beside the table, with the outlet's name, and Escape returns to the cell", { skip }, async () => {
  const page = await openPage(1440, storyPath(stories.rail));
  const cell = page.locator('#matrix td[data-state="disputes"]').first();
  await cell.scrollIntoViewIfNeeded();
  const scrolled = await page.evaluate(() => window.scrollY);
  const column = await page.evaluate((td) => (td as HTMLTableCellElement).cellIndex, await cell.elementHandle());
  const outlet = (await page.locator("#matrix thead th").nth(column).locator(".matrix-report-name").innerText()).trim();
  const sentenceId = decodeURIComponent((await cell.locator("a").getAttribute("href"))!.slice(1));
  const sentence = (await page.locator(`[id="${sentenceId}"]`).innerText()).trim();
  await cell.click();

  const panel = page.locator("#evidence-panel");
  await panel.waitFor({ state: "visible" });
  const cellBox = (await cell.boundingBox())!;
  assert.ok(cellBox.y >= 0 && cellBox.y + cellBox.height <= 900, `the cell is still in view beside the panel (y = ${cellBox.y})`);
  assert.ok(Math.abs((await page.evaluate(() => window.scrollY)) - scrolled) < 900, "the page did not jump away");
  assert.equal((await panel.locator("h2").innerText()).trim(), outlet);
  const stated = panel.locator(".stated");
  assert.equal((await stated.innerText()).trim(), sentence);
  const box = (await stated.boundingBox())!;
  assert.ok(box.y >= 0 && box.y + box.height <= 900, `the sentence is in view (y = ${box.y})`);
  assert.ok(await panel.locator("mark").count(), "the value's words are marked");
  assert.match(await panel.locator("textarea").inputValue(), new RegExp(`${outlet.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`), "the citation names the outlet");
  assert.ok(cellBox.x + cellBox.width <= (await panel.boundingBox())!.x, "the panel does not cover the cell");
  assert.equal(await horizontalOverflow(page), 0, "the panel makes room rather than pushing the page sideways");
  await page.screenshot({ path: join(SCREENSHOT_DIR, "story-panel-1440.png") });
  // At the top, so that no link sits half under the sticky bars while axe measures target sizes.
  await page.evaluate(() => window.scrollTo(0, 0));
  assert.deepEqual(await axeViolations(page), [], "panel open");

  await page.keyboard.press("Escape");
  await panel.waitFor({ state: "hidden" });
  assert.ok(await cell.evaluate((td) => td === document.activeElement), "focus is back on the cell");
  await page.close();
});

test("on a phone the matrix is a card per report, and a value opens its sentence in a sheet from the bottom", { skip }, async () => {
  const page = await openPage(390, storyPath(stories.rail));
  assert.ok(!(await page.locator("#matrix").isVisible()), "no wide table");
  const cards = page.locator(".report-card");
  assert.equal(await cards.count(), 5);
  const card = cards.filter({ has: page.locator(".card-value") }).first();
  const name = (await card.locator(".report-card-name").innerText()).trim();
  await card.locator(".card-value").first().click();
  const panel = page.locator("#evidence-panel");
  await panel.waitFor({ state: "visible" });
  assert.equal((await panel.locator("h2").innerText()).trim(), name);
  const box = (await panel.locator(".stated").boundingBox())!;
  assert.ok(box.y >= 0 && box.y + box.height <= 900, `the sentence is in view (y = ${box.y})`);
  assert.equal(await horizontalOverflow(page), 0);
  assert.deepEqual(await axeViolations(page), [], "sheet open");
  await page.screenshot({ path: join(SCREENSHOT_DIR, "story-panel-390.png") });
  await page.locator("[data-panel-close]").click();
  await panel.waitFor({ state: "hidden" });
  await page.close();
});

test("the matrix is one tab stop; arrow keys move between cells and Enter opens a sentence", { skip }, async () => {
  const page = await openPage(1440, storyPath(stories.rail));
  const inMatrix = () => page.evaluate(() => document.getElementById("matrix")!.contains(document.activeElement));
  const active = () => page.evaluate(() => {
    const cell = document.activeElement as HTMLTableCellElement;
    return { row: (cell.parentElement as HTMLTableRowElement).rowIndex, column: cell.cellIndex };
  });
  await page.focus("#matrix-only-disputed");
  await page.keyboard.press("Tab");
  assert.ok(await inMatrix(), "Tab enters the matrix");
  const start = await active();
  await page.keyboard.press("ArrowRight");
  assert.deepEqual(await active(), { row: start.row, column: start.column + 1 });
  await page.keyboard.press("ArrowDown");
  assert.deepEqual(await active(), { row: start.row + 1, column: start.column + 1 });
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowLeft");
  assert.deepEqual(await active(), start);
  await page.keyboard.press("Tab");
  assert.ok(!(await inMatrix()), "the next Tab leaves the matrix");
  await page.keyboard.press("Shift+Tab");
  assert.deepEqual(await active(), start, "Shift+Tab comes back to the same cell");
  await page.keyboard.press("Enter");
  await page.locator("#evidence-panel").waitFor({ state: "visible" });
  await page.close();
});

test("a story downloads as Markdown and as JSON from its page", { skip }, async () => {
  const page = await openPage(1440, storyPath(stories.rail));
  const links = await page.locator("a[download]").evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
  assert.equal(links.length, 2);
  const [markdown, json] = await Promise.all(links.map((href) => fetch(href)));
  assert.match(markdown!.headers.get("content-type") ?? "", /^text\/markdown/);
  const headline = await page.locator("h1").innerText();
  const md = await markdown!.text();
  assert.match(md, /^# Corroboration brief/);
  assert.ok(md.includes(`## ${headline}`), "the story's headline");
  assert.match(json!.headers.get("content-type") ?? "", /^application\/json/);
  const body = (await json!.json()) as { version: number; stories: { id: string; conflicts: unknown[] }[] };
  assert.equal(body.version, 1);
  assert.equal(body.stories[0]!.id, stories.rail);
  assert.equal(body.stories[0]!.conflicts.length, await page.locator("#disputes .dispute").count());
  assert.ok(!JSON.stringify(body).includes(resolve("examples")), "no local path in the export");
  await page.close();
});

test("reports are named by outlet, site or file name, never by a path or a hash", { skip: skip || (HAVE_SEEDS ? false : "../shared/seeds is not beside the repo") }, async () => {
  const page = await openPage(1440, storyPath(stories.seeds));
  const names = await page.locator("#matrix thead .matrix-report-name").allInnerTexts();
  assert.equal(names.length, 5);
  for (const name of names) assert.doesNotMatch(name, /[\\/]|\.txt$|[_-][0-9a-f]{8,}/, name);
  const text = await page.locator("body").innerText();
  assert.ok(!text.includes(SEEDS_DIR) && !text.includes("../shared"), "no local path on the page");
  await page.close();
});

test("adding a report says what it changed: a new story, or the story it joined", { skip }, async () => {
  const page = await openPage(1440, "/add");
  const ferry = resolve("examples/ferry-sinking");
  // Two independent accounts of one sinking: the second confirms what the first alone had said.
  const [first, second] = ["riverine-news-agency.txt", "newsflash-hub.txt"];
  await page.fill("#text", readFileSync(join(ferry, first), "utf8"));
  await page.click("button[type=submit]");
  await page.waitForSelector(".change");
  assert.match(await page.locator(".change-head").innerText(), /^Opened a new story: /);
  await page.fill("#text", readFileSync(join(ferry, second), "utf8"));
  await page.click("button[type=submit]");
  await page.waitForSelector(".change");
  const change = await page.locator(".change").innerText();
  assert.match(change, /^Joined .+ \(now 2 reports\)/);
  assert.match(change, /Newly agreed: .*aboard/);
  await checkPage(page, "add-result", 1440);
  await page.close();
});
