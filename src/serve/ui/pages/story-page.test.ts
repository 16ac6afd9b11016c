import { test } from "node:test";
import assert from "node:assert/strict";
import { JSDOM } from "jsdom";
import { checkInputs } from "../../../pipeline.js";
import { rankFacts, slotLabel } from "../../../report/labels.js";
import type { AlignedStory } from "../../../types.js";
import { renderStoryPage } from "./story-page.js";

// examples/rail-crash (fictional): five reports, steppe-wire reprinted by caspian-herald, and one
// planted dispute: daily-blast sends the train to Karaganda, the others to Astana.
const rail = await onlyStory("examples/rail-crash");
const page = new JSDOM(renderStoryPage(rail)).window.document;

async function onlyStory(input: string): Promise<AlignedStory> {
  const { stories } = await checkInputs([input], { budget: { secondsPerMb: 60, minSeconds: 120 } });
  assert.equal(stories.length, 1, `${input} is one story`);
  return stories[0]!;
}

function cell(rowLabel: string, article: string): Element | null {
  const row = [...page.querySelectorAll("#matrix tbody tr")].find((tr) => tr.querySelector("th .matrix-fact-value, th .matrix-fact-label")?.textContent?.trim() === rowLabel);
  return row?.querySelector(`td[data-article="${article}"]`) ?? null;
}

test("matrix: the disputed point is one row, each report's cell holding the value it gives", () => {
  assert.equal(page.querySelectorAll('#matrix tbody[data-group="disputed"] tr').length, 1);
  assert.equal(cell("destination", "daily-blast")?.getAttribute("data-state"), "disputes");
  assert.equal(cell("destination", "daily-blast")?.querySelector(".cell-text")?.textContent, "Karaganda");
  for (const id of ["steppe-wire", "caspian-herald", "capital-evening-post", "railwatch-asia"]) {
    assert.equal(cell("destination", id)?.querySelector(".cell-text")?.textContent, "Astana", id);
  }
  const states = new Set([...page.querySelectorAll("#matrix td.cell")].map((td) => td.getAttribute("data-state")));
  assert.deepEqual([...states].sort(), ["agrees", "disputes", "silent"]);
});

test("matrix: a cell reads without colour, as a symbol, a word and a full phrase", () => {
  const disputed = cell("destination", "daily-blast")!;
  assert.match(disputed.querySelector(".visually-hidden")?.textContent ?? "", /The Daily Blast gives destination as Karaganda, against other reports/);
  const silent = page.querySelector('#matrix td[data-state="silent"]')!;
  assert.match(silent.textContent ?? "", /– silent/);
  assert.equal(silent.querySelector("a"), null, "a silent cell links nowhere");
});

test("each report counts the disputed points it stands against others on, once per point", () => {
  const headers = [...page.querySelectorAll("#matrix thead .matrix-report")];
  assert.equal(headers.length, 5);
  for (const header of headers) assert.equal(header.querySelector(".matrix-against")?.textContent, "against others on 1 point");
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
  const reasons = [...report.querySelectorAll(".removed-rule")].map((r) => r.textContent ?? "");
  assert.ok(reasons.includes("share or subscribe prompt"), reasons.join(" | "));
  assert.ok(reasons.every((reason) => !reason.includes("EXTRACT_")), "no rule codes");
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
  const values = [...dispute.querySelectorAll("a.position-value[data-evidence]")].map((a) => a.textContent);
  assert.deepEqual(values, ["Astana", "Karaganda"], "each value opens its sentence");
});

test("consensus lists the brief's agreed facts in its order, with its labels", () => {
  const expected = rankFacts(rail.facts.filter((f) => f.status === "corroborated" && f.kind !== "quote")).map((f) => slotLabel(f.key, f.subject));
  const shown = [...page.querySelectorAll("#consensus > ol:first-of-type > li .fact-label")].map((l) => l.textContent);
  assert.deepEqual(shown, expected);
  const killed = [...page.querySelectorAll("#consensus .fact")].find((li) => li.querySelector(".fact-label")?.textContent === "killed")!;
  assert.equal(killed.querySelector(".fact-value")?.textContent?.trim(), "23");
  assert.equal(killed.querySelectorAll(".evidence").length, 5);
});

test("a count that moved shows its latest figure first, with when, and the figures before it; and only then", async () => {
  assert.equal(page.getElementById("updates"), null);
  const quake = new JSDOM(renderStoryPage(await onlyStory("examples/earthquake"))).window.document;
  const dead = [...quake.querySelectorAll("#updates .latest")].find((li) => li.querySelector(".latest-label")?.textContent === "dead")!;
  assert.equal(dead.querySelector(".latest-value")?.textContent, "140");
  assert.equal(dead.querySelector(".latest-time")?.getAttribute("datetime"), "2026-04-11");
  assert.deepEqual([...dead.querySelectorAll(".latest-earlier strong")].map((s) => s.textContent), ["87", "12"]);
  const sections = [...quake.querySelectorAll("main > section")].map((s) => s.id);
  assert.ok(sections.indexOf("updates") < sections.indexOf("consensus"), sections.join(" "));
  const killed = [...quake.querySelectorAll("#consensus .fact")].find((li) => li.querySelector(".fact-label")?.textContent === "killed");
  assert.match(killed?.querySelector(".fact-later")?.textContent ?? "", /since updated: 140/);
});

test("a lead sentence standing in for a headline is set smaller; a real headline is not", () => {
  assert.equal(page.querySelector("h1")?.getAttribute("class"), null);
  const lead = "Officials in the invented port of Kellmoor said on Tuesday that the ferry which ran aground off the harbour wall was carrying far more passengers than its licence allowed.";
  const long = new JSDOM(renderStoryPage({ ...rail, story: { ...rail.story, headline: lead } })).window.document;
  assert.equal(long.querySelector("h1")?.getAttribute("class"), "headline-long");
});
