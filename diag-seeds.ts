import { checkInputs } from "./src/pipeline.js";
import { renderText } from "./src/report/text.js";
const r = await checkInputs([process.argv[2] ?? "../shared/seeds"], { budget: { secondsPerMb: 600, minSeconds: 600 } });
for (const s of r.stories) {
  console.log("STORY", s.story.articles.length, s.story.headline.slice(0, 60));
  for (const c of s.conflicts) console.log("  CONFLICT", c.key, c.positions.map((p) => `${p.display} [${p.support.map((e) => e.article.slice(0, 12)).join(",")}]`).join(" | "));
  for (const u of s.updates) console.log("  UPDATE", u.key, u.steps.map((p) => `${p.display}@${p.date}`).join(" → "));
  for (const f of s.facts.filter((f) => f.status === "corroborated")) console.log("  FACT", f.key, f.display, f.independentSources);
  for (const f of s.facts.filter((f) => f.status === "single-source")) console.log("  ALONE", f.key, f.display);
}
process.exit(0);
