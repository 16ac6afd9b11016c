import { analyzeArticle } from "./src/analyze/index.js";
import { alignStory } from "./src/align/index.js";
const report = (id: string, text: string, published: string | null) => ({ id, source: `${id}.txt`, outlet: `O ${id}`, title: id, published, byline: null, dateline: null, language: "en", paragraphs: [text], text, removed: [], attributions: [] });
const a = alignStory({ id: "s", headline: "h", reprintGroups: [], articles: [
  analyzeArticle(report("a", "The Ridge Fire has burned 12,400 acres, officials said.", null) as any),
  analyzeArticle(report("b", "The Ridge Fire had grown to 15,100 acres by the evening, officials said.", null) as any)] });
for (const x of a.story.articles) console.log(x.claims.map((c) => `${c.key}|${c.owner}|${c.value}|${c.changing}`));
console.log(a.facts.map((f) => `${f.key}=${f.value}`), a.updates, a.conflicts.map((c) => c.reason));
