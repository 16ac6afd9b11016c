import { readFileSync } from "node:fs";
import { collectInputs } from "/work/main/src/ingest/index.js";
import { extractArticle } from "/work/main/src/extract/index.js";
import { analyzeArticle } from "/work/main/src/analyze/index.js";
const ev = process.argv[2]!;
const grep = process.argv[3] ? new RegExp(process.argv[3], "i") : null;
const { documents } = await collectInputs([`/work/shared/dev-events/articles/${ev}*.txt`]);
for (const d of documents) {
  const a = analyzeArticle(extractArticle(d) as any);
  console.log(`== ${d.id.replace(/^.*__/, "")}`);
  for (const c of a.claims) {
    const s = a.sentences[c.sentence]!.text;
    const line = `${c.kind}|${c.key}|m=${c.measure ?? ""}|o=${c.owner ?? ""}|${c.value}|${c.display}|${c.qualifier ?? ""}|t=${c.time ?? ""}|cmp=${c.comparable ?? ""}|${c.rule}`;
    if (grep && !grep.test(line + s)) continue;
    console.log("  " + line + (grep ? "\n     " + s.slice(0, 200) : ""));
  }
}
