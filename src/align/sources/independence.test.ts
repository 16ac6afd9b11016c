import { test } from "node:test";
import assert from "node:assert/strict";
import { alignStory } from "../index.js";
import { analyzedArticle } from "../../../test/helpers/analyzed.js";
import type { AnalyzedArticle, Attribution } from "../../types.js";
import { renderBrief } from "../../report/index.js";

const toll = (id: string, outlet: string | null, attributions: Attribution[] = []): AnalyzedArticle => {
  const analyzed = analyzedArticle(id, `The ferry sank on Monday and 14 people died, officials said in report ${id}.`, [
    { sentence: 0, kind: "quantity", key: "killed", value: "14", number: 14 },
  ], { published: "2031-05-05" });
  return { ...analyzed, article: { ...analyzed.article, outlet, attributions } };
};
const wire = (source: string): Attribution => ({ source, kind: "wire", text: `DHAKA, May 5 (${source}) –` });

test("reports that credit one agency, and that agency's own report, are one independent source", () => {
  const aligned = alignStory({ id: "s", headline: "h", reprintGroups: [], articles: [
    toll("a", "Harbour Daily", [wire("Reuters")]),
    toll("b", "Valley Times", [wire("Reuters")]),
    toll("c", "Reuters"),
    toll("d", "Coast Radio", [wire("AP")]),
    toll("e", "Inland Post", [{ source: "agencies", kind: "inputs-from", text: "With inputs from agencies" }]),
  ] });
  const fact = aligned.facts.find((f) => f.key === "killed");
  assert.equal(fact?.reports, 5);
  assert.equal(fact?.independentSources, 3, "Reuters ×3, AP, and the report crediting only 'agencies'");
  assert.equal(aligned.independentReports, 3);
});

test("the brief names each report's credits beside it", () => {
  const aligned = alignStory({ id: "s", headline: "h", reprintGroups: [], articles: [toll("a", "Harbour Daily", [wire("AFP")]), toll("b", "Valley Times")] });
  assert.deepEqual(aligned.sources.find((s) => s.article === "a")?.credits, ["AFP"]);
  assert.match(renderBrief({ stories: [aligned], failures: [] }), /Harbour Daily · credits AFP/);
});
