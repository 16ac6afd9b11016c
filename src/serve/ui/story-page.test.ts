import { test } from "node:test";
import assert from "node:assert/strict";
import { JSDOM } from "jsdom";
import { checkInputs } from "../../pipeline.js";
import { rankFacts, slotLabel } from "../../report/labels.js";
import type { AlignedStory } from "../../types.js";
import { renderStoryPage } from "./story-page.js";

// examples/rail-crash (fictional): five reports, steppe-wire reprinted by caspian-herald, and one
// planted dispute: daily-blast sends the train to Karaganda, the others to Astana.
const rail = await onlyStory("examples/rail-crash");
const page = new JSDOM(renderStoryPage(rail)).window.document;

async function onlyStory(input: string): Promise<AlignedStory> {
  const { stories } = await checkInputs([input]);
  assert.equal(stories.length, 1, `${input} is one story`);
  return stories[0]!;
}

function cellState(value: string, article: string): string | null {
  const row = [...page.querySelectorAll("#matrix tbody tr")].find((tr) => tr.querySelector("th")?.textContent?.trim() === value);
  return row?.querySelector(`td[data-article="${article}"]`)?.getAttribute("data-state") ?? null;
}

test("matrix: each value of the planted dispute has a row, read against every report", () => {
  assert.equal(cellState("Karaganda", "daily-blast"), "agrees");
  assert.equal(cellState("Astana", "daily-blast"), "contradicts");
  for (const id of ["steppe-wire", "caspian-herald", "capital-evening-post", "railwatch-asia"]) {
    assert.equal(cellState("Astana", id), "agrees", id);
    assert.equal(cellState("Karaganda", id), "contradicts", id);
  }
  const states = new Set([...page.querySelectorAll("#matrix td.cell")].map((td) => td.getAttribute("data-state")));
  assert.deepEqual([...states].sort(), ["agrees", "contradicts", "silent"]);
});

test("matrix: a cell reads without colour, as a symbol, a word and a full phrase", () => {
  const cell = [...page.querySelectorAll('#matrix td[data-state="contradicts"][data-article="daily-blast"]')][0]!;
  assert.match(cell.textContent ?? "", /✗ contradicts/);
  assert.match(cell.querySelector(".visually-hidden")?.textContent ?? "", /The Daily Blast contradicts destination: Astana; it says Karaganda/);
  const silent = page.querySelector('#matrix td[data-state="silent"]')!;
  assert.match(silent.textContent ?? "", /– silent/);
  assert.equal(silent.querySelector("a"), null, "a silent cell links nowhere");
});

test("every evidence link on the page lands on a sentence or report that exists", () => {
  const links = [...page.querySelectorAll('a[href^="#r-"]')];
  assert.ok(links.length > 50, `found ${links.length} evidence links`);
  for (const link of links) {
    const id = decodeURIComponent(link.getAttribute("href")!.slice(1));
    assert.ok(page.getElementById(id), `no element #${id}`);
  }
  const cellTarget = page.querySelector('#matrix td[data-article="daily-blast"][data-state="agrees"] a')!.getAttribute("href")!;
  assert.equal(page.getElementById(cellTarget.slice(1))?.getAttribute("class")?.split(" ")[0], "sentence");
});

test("each report's text is rendered whole, every sentence a span with its anchor", () => {
  for (const { article, sentences } of rail.story.articles) {
    const body = page.getElementById(`r-${article.id}`)!.querySelector(".report-text")!;
    const paragraphs = [...body.querySelectorAll("p")].map((p) => p.textContent);
    assert.deepEqual(paragraphs, article.text.split("\n\n"), article.id);
    for (const sentence of sentences) assert.equal(page.getElementById(`r-${article.id}-s${sentence.index}`)?.textContent, sentence.text);
  }
});

test("removed page chrome is listed apart from the report text", () => {
  const report = page.getElementById("r-steppe-wire")!;
  const removed = [...report.querySelectorAll("details.removed .removed-text")].map((li) => li.textContent);
  assert.ok(removed.includes("Subscribe to our newsletter"), removed.join(" | "));
  assert.match(report.querySelector("details.removed summary")?.textContent ?? "", /^Removed as page chrome \(\d+ lines\)$/);
  assert.doesNotMatch(report.querySelector(".report-text")?.textContent ?? "", /Subscribe to our newsletter/);
});

test("the reprint and its original are marked as one text", () => {
  for (const [id, other] of [["caspian-herald", "Steppe Wire Service"], ["steppe-wire", "Caspian Herald"]]) {
    const report = page.getElementById(`r-${id}`)!;
    assert.ok(report.querySelector(".badge-reprint"), id);
    assert.match(report.querySelector(".reprint-note")?.textContent ?? "", new RegExp(`Copy of the same text as ${other}`));
  }
  assert.equal(page.getElementById("r-daily-blast")!.querySelector(".badge-reprint"), null);
});

test("the dispute shows each side's value, outlets and sentence with the claim's words marked", () => {
  const disputes = [...page.querySelectorAll(".dispute")];
  assert.equal(disputes.length, 1);
  const dispute = disputes[0]!;
  assert.match(dispute.querySelector("h3")?.textContent ?? "", /destination/);
  const positions = [...dispute.querySelectorAll(".position")].map((p) => ({
    value: p.querySelector(".position-value")?.textContent,
    support: p.querySelector(".position-support")?.textContent,
    marks: [...p.querySelectorAll(".stated mark")].map((m) => m.textContent),
  }));
  assert.deepEqual(positions, [
    { value: "Astana", support: "3 outlets · 4 reports", marks: ["Astana", "Astana", "Astana", "Astana"] },
    { value: "Karaganda", support: "1 outlet", marks: ["Karaganda"] },
  ]);
  assert.ok(dispute.querySelector(".context"), "sentences around the evidence are shown");
});

test("consensus lists the brief's agreed facts in its order, with its labels", () => {
  const expected = rankFacts(rail.facts.filter((f) => f.status === "corroborated" && f.kind !== "quote")).map((f) => slotLabel(f.key, f.subject));
  const shown = [...page.querySelectorAll("#consensus > ol:first-of-type > li .fact-label")].map((l) => l.textContent);
  assert.deepEqual(shown, expected);
  const killed = [...page.querySelectorAll("#consensus .fact")].find((li) => li.querySelector(".fact-label")?.textContent === "killed")!;
  assert.equal(killed.querySelector(".fact-value")?.textContent?.trim(), "23");
  assert.equal(killed.querySelectorAll(".evidence").length, 5);
});

test("updates are shown as a timeline, and only when a count moved", async () => {
  assert.equal(page.getElementById("updates"), null);
  const quake = new JSDOM(renderStoryPage(await onlyStory("examples/earthquake"))).window.document;
  const titles = [...quake.querySelectorAll("#updates .update-title")].map((t) => t.textContent);
  assert.ok(titles.includes("12 → 87 → 140 dead"), titles.join(" | "));
  assert.equal(quake.querySelector("#updates .timeline-step time")?.getAttribute("datetime"), "2026-04-09");
});
