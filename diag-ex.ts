import { readFileSync } from "node:fs";
import { extractArticle } from "./src/extract/index.js";
import { analyzeArticle } from "./src/analyze/index.js";
import { collectInputs } from "./src/ingest/index.js";
const { documents } = await collectInputs([process.argv[2]!]);
const grep = new RegExp(process.argv[3] ?? ".", "i");
for (const d of documents) {
  const a = analyzeArticle(extractArticle(d) as any);
  for (const c of a.claims) if (c.kind === "quantity" && grep.test(c.key)) console.log(d.id.slice(-20), `${c.key}|o=${c.owner ?? ""}|${c.value}|p=${c.predicate ?? ""}|${c.rule}`, "::", a.sentences[c.sentence]!.text.slice(0, 120));
}
