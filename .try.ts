import { readFileSync, readdirSync } from "node:fs";
import { splitSentences } from "/work/main/src/analyze/sentences.js";
import { findQuantityClaims } from "/work/main/src/analyze/quantities.js";
import { findDateClaims } from "/work/main/src/analyze/dates.js";
import { findPlaceClaims, findPlaceContainment } from "/work/main/src/analyze/places.js";
const dir = "/work/shared/seeds";
for (const f of readdirSync(dir).sort()) {
  const text = readFileSync(`${dir}/${f}`, "utf8");
  const published = /^\s*date (\d{4}-\d{2}-\d{2})/.exec(text)?.[1] ?? "2025-10-09";
  const sentences = splitSentences(text);
  const input = { text, sentences, entities: [], published };
  console.log("=====", f, published);
  for (const c of [...findQuantityClaims(input), ...findDateClaims(input), ...findPlaceClaims(input)]) {
    console.log(`${c.kind.padEnd(8)} ${c.key.padEnd(22)} ${String(c.value).padEnd(12)} ${c.qualifier ?? ""} ${c.relative ? JSON.stringify(c.relative) : ""} | ${c.display} | ${c.rule} | s${c.sentence}: ${sentences[c.sentence]!.text.slice(0, 90).replace(/\n/g, " ")}`);
  }
  console.log("containment", JSON.stringify(findPlaceContainment(input)));
}
