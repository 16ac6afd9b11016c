import type { AlignedStory, Fact } from "../../../types.js";
import { clip } from "../../../report/style.js";
import { html, type SafeHtml } from "../kit/index.js";
import { countOf } from "../kit/index.js";
import { renderEvidenceLink } from "../evidence/index.js";
import { renderChecks, renderFactName } from "./fact-line.js";
import type { ReportIndex } from "../kit/index.js";
import { singleSourceClaims } from "../../../report/single-source.js";

/** Long quotes are cut in this list; the linked sentence and the report keep them whole. */
const QUOTE_WIDTH = 140;

/** Claims only one source makes, grouped by the report (or copies of one text) that makes them. */
export function renderSingleSourceSection(aligned: AlignedStory, index: ReportIndex): SafeHtml {
  const single = singleSourceClaims(aligned);
  const groups = groupBySource(single, index);
  return html`<section class="story-section" id="single-source" aria-labelledby="single-title">
    <h2 id="single-title">Single-source claims <span class="section-count">${countOf(single.length, "claim")}</span></h2>
    ${single.length > 0
      ? html`<p class="section-lede">Stated by one source only: not contradicted, not confirmed.</p>
    <div class="single-groups">${groups.map((group) => renderGroup(group, index))}</div>`
      : aligned.facts.some((f) => f.status === "single-source")
        ? html`<p class="empty">The only claims a single source makes are figures shown under Latest figures.</p>`
        : html`<p class="empty">Every claim is backed by more than one source.</p>`}
  </section>`;
}

interface SourceGroup {
  articles: string[];
  facts: Fact[];
}

/** Facts by the reports behind them (a reprint's claims sit with its original's), in report order. */
function groupBySource(facts: Fact[], index: ReportIndex): SourceGroup[] {
  const groups = new Map<string, SourceGroup>();
  for (const fact of facts) {
    const articles = fact.support.map((e) => e.article);
    const key = JSON.stringify(articles);
    const group = groups.get(key) ?? { articles, facts: [] };
    group.facts.push(fact);
    groups.set(key, group);
  }
  const position = (group: SourceGroup) => index.ordered.findIndex((r) => r.id === group.articles[0]);
  return [...groups.values()].sort((a, b) => position(a) - position(b));
}

function renderGroup({ articles, facts }: SourceGroup, index: ReportIndex): SafeHtml {
  const names = articles.map((id) => index.byId.get(id)?.name ?? id);
  return html`<div class="single-group">
    <h3 class="single-source-name">${names.join(" = ")}${names.length > 1 ? html` <span class="muted">(one text)</span>` : ""}</h3>
    <ul class="single-list">${facts.map((fact) => {
      const shown = { ...fact, display: fact.kind === "quote" ? clip(fact.display, QUOTE_WIDTH) : fact.display };
      return html`<li class="single">${fact.support[0] ? renderEvidenceLink(fact.support[0], index, renderFactName(shown)) : renderFactName(shown)}${renderChecks(fact)}</li>`;
    })}</ul>
  </div>`;
}
