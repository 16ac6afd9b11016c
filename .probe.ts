import { splitSentences } from "./src/analyze/sentences.js";
import { findQuantityClaims } from "./src/analyze/quantities.js";
import { findDateClaims } from "./src/analyze/dates.js";
import { findPlaceClaims, findPlaceContainment } from "./src/analyze/places.js";
const text = process.argv[2] ?? require("fs").readFileSync(0, "utf8");
const sentences = splitSentences(text);
const input = { text, sentences, entities: [], published: "2025-03-14" };
for (const c of [...findQuantityClaims(input), ...findDateClaims(input), ...findPlaceClaims(input)]) {
  console.log(`${c.key.padEnd(24)} ${String(c.value).padEnd(12)} ${c.qualifier ?? ""}${c.relative ? JSON.stringify(c.relative) : ""} | ${c.display} | ${c.rule} | s${c.sentence}`);
}
console.log("containment", JSON.stringify(findPlaceContainment(input)));
