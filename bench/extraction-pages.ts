/**
 * Where the main-text extractor loses, page by page, for development: ours only (no Readability,
 * no process timing), over the 181 pages and the WCXB development split. Prints F1/P/R per set and
 * per half, then the worst pages with what was missed and what was extra (first shingles of each),
 * and with a saved snapshot, the pages whose F1 changed since it.
 * With --dump DIR, each page's text goes to DIR/<set>-<id>.txt.
 *   node --import tsx bench/extraction-pages.ts [--worst N] [--save FILE] [--against FILE] [--only ID] [--dump DIR]
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { extractArticle } from "../src/extract/index.js";
import { HAVE_BENCHMARK, loadBenchmarkPages } from "./extraction-data.js";
import { scorePage, scoreSet, type PageScore } from "./extraction-score.js";
import { HAVE_WCXB, loadWcxbPages } from "./wcxb-data.js";

interface Page {
  set: string;
  id: string;
  path: string;
  truth: string;
}

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const worst = Number(option("--worst") ?? 25);
const only = option("--only");

const pages: Page[] = [
  ...(HAVE_BENCHMARK ? loadBenchmarkPages().map((p) => ({ set: "181", id: p.id, path: p.path, truth: p.truth })) : []),
  ...(HAVE_WCXB ? loadWcxbPages().map((p) => ({ set: "wcxb", id: p.id, path: p.path, truth: p.truth })) : []),
].filter((page) => !only || page.id === only);

const texts = pages.map((page) => {
  try {
    return extractArticle({ id: page.id, source: page.path, bytes: gunzipSync(readFileSync(page.path)), contentType: "text/html", fetchedAt: "" }).text;
  } catch {
    return "";
  }
});
const dump = option("--dump");
if (dump) {
  mkdirSync(dump, { recursive: true });
  pages.forEach((page, i) => writeFileSync(`${dump}/${page.set}-${page.id}.txt`, texts[i]!));
}
const scores = pages.map((page, i) => scorePage(page.truth, texts[i]!));
const f1 = (s: PageScore): number => (s.precision + s.recall > 0 ? (2 * s.precision * s.recall) / (s.precision + s.recall) : 0);

for (const set of ["181", "wcxb"]) {
  const own = scores.filter((_s, i) => pages[i]!.set === set);
  if (own.length === 0) continue;
  const middle = Math.ceil(own.length / 2);
  const all = scoreSet(own);
  const halves = [scoreSet(own.slice(0, middle)).f1, scoreSet(own.slice(middle)).f1];
  console.log(`${set.padEnd(5)} F1 ${all.f1.toFixed(4)}  P ${all.precision.toFixed(4)}  R ${all.recall.toFixed(4)}  halves ${halves.map((h) => h.toFixed(4)).join(" ")}  (${own.length} pages)`);
}

const save = option("--save");
if (save) writeFileSync(save, JSON.stringify(Object.fromEntries(pages.map((page, i) => [`${page.set}/${page.id}`, f1(scores[i]!)]))));
const against = option("--against");
if (against) {
  const before = JSON.parse(readFileSync(against, "utf8")) as Record<string, number>;
  const changed = pages
    .map((page, i) => ({ key: `${page.set}/${page.id}`, was: before[`${page.set}/${page.id}`] ?? 0, now: f1(scores[i]!) }))
    .filter((c) => Math.abs(c.now - c.was) > 0.005)
    .sort((a, b) => a.now - a.was - (b.now - b.was));
  console.log(`\n${changed.length} pages changed:`);
  for (const c of changed) console.log(`  ${(c.now - c.was >= 0 ? "+" : "") + (c.now - c.was).toFixed(3)}  ${c.was.toFixed(3)} → ${c.now.toFixed(3)}  ${c.key}`);
}

console.log(`\nWorst ${worst} WCXB pages:`);
const order = pages.map((_p, i) => i).filter((i) => pages[i]!.set === "wcxb" || only).sort((a, b) => f1(scores[a]!) - f1(scores[b]!));
for (const i of order.slice(0, worst)) {
  const page = pages[i]!;
  const score = scores[i]!;
  console.log(`\n${page.set}/${page.id}  F1 ${f1(score).toFixed(3)}  P ${score.precision.toFixed(3)}  R ${score.recall.toFixed(3)}  truth ${page.truth.length} chars, ours ${texts[i]!.length}`);
  console.log(`  missed: ${clip(missing(page.truth, texts[i]!))}`);
  console.log(`  extra:  ${clip(missing(texts[i]!, page.truth))}`);
}

/** Lines of `from` whose first words (as the scorer reads words) are not in `other`: what one side has and the other lacks. */
function missing(from: string, other: string): string {
  const words = (text: string): string => (text.match(/[\p{L}\p{N}_]+/gu) ?? []).join(" ");
  const flat = ` ${words(other)} `;
  return from
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => {
      const head = words(line).split(" ").slice(0, 8).join(" ");
      return head.length > 0 && !flat.includes(` ${head} `);
    })
    .join(" ¶ ");
}

function clip(text: string): string {
  return text.length > 400 ? `${text.slice(0, 400)} …(${text.length})` : text;
}
