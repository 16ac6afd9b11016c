import { readFileSync, readdirSync } from "node:fs";
import { splitSentences } from "./src/analyze/sentences.js";
import { findQuantityClaims } from "./src/analyze/quantities.js";
import { findDateClaims } from "./src/analyze/dates.js";
import { findPlaceClaims, findPlaceContainment } from "./src/analyze/places.js";
const dir = "/work/shared/seeds";
const docs = readdirSync(dir).sort().map((f) => { const text = readFileSync(`${dir}/${f}`, "utf8"); return { text, sentences: splitSentences(text) }; });
const bytes = docs.reduce((n, d) => n + d.text.length, 0);
const N = 6000;
for (let round = 0; round < 3; round++) {
  const t0 = process.hrtime.bigint();
  let claims = 0;
  for (let r = 0; r < N; r++) for (const d of docs) {
    // fresh sentences array each time so caches do not carry over
    const input = { text: d.text, sentences: d.sentences.slice(), entities: [], published: "2025-10-09" };
    claims += findQuantityClaims(input).length + findDateClaims(input).length + findPlaceClaims(input).length + findPlaceContainment(input).length;
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(`per report ${(ms / (N * docs.length) * 1000).toFixed(1)} µs; per 4KB ${(ms / (N * bytes / 4096) * 1000).toFixed(1)} µs; claims ${claims / N}`);
}
