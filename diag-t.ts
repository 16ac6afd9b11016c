import { analyzeArticle } from "./src/analyze/index.js";
const report = (id: string, text: string) => ({ id, source: `${id}.txt`, outlet: `O`, title: id, published: "2031-03-10", byline: null, dateline: null, language: "en", paragraphs: [text], text, removed: [], attributions: [] });
for (const t of process.argv.slice(2)) console.log(analyzeArticle(report("a", t) as any).claims.map((c) => `${c.key}|${c.owner}|${c.value}|${c.rule}`));
