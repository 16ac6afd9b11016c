import { readFileSync } from "node:fs";
import { collectInputs } from "./src/ingest/index.js";
import { extractArticle } from "./src/extract/index.js";
import { analyzeArticle } from "./src/analyze/index.js";
import { valuesMatch } from "./bench/real-match.js";
const gold = JSON.parse(readFileSync("../shared/dev-events/gold.json", "utf8"));
const kinds = (process.argv[2] ?? "contradiction").split(",");
const cache = new Map<string, any>();
async function analyzed(file: string) {
  if (!cache.has(file)) {
    const { documents } = await collectInputs([`../shared/dev-events/articles/${file}`]);
    cache.set(file, analyzeArticle(extractArticle(documents[0]!) as any));
  }
  return cache.get(file);
}
for (const [ev, e] of Object.entries<any>(gold)) {
  if (e.is_noise) continue;
  for (const c of e.conflicts) {
    if (!kinds.includes(c.kind)) continue;
    console.log(`\n## ${ev.slice(0, 14)} ${c.kind} ${c.slot}`);
    for (const [value, files] of Object.entries<string[]>(c.values)) {
      for (const file of files) {
        const a = await analyzed(file);
        const hits = a.claims.filter((cl: any) => valuesMatch(value, cl.value) || valuesMatch(value, cl.display));
        console.log(`  "${value}" ${file.replace(/^.*__/, "")}: ${hits.length ? hits.map((h: any) => `[${h.kind}|${h.key}|m=${h.measure ?? ""}|o=${h.owner ?? ""}|${h.display}|t=${h.time ?? ""}|cmp=${h.comparable ?? ""}]`).join(" ") : "NO CLAIM"}`);
      }
    }
  }
}
