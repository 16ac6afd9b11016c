import type { AlignedStory, Fact, Update } from "../../../types.js";
import { agreedQuotes } from "./story-facts.js";
import { agreedFacts } from "../../../report/agreed-facts.js";
import { html, type SafeHtml } from "../kit/index.js";
import { countOf, formatDate } from "../kit/index.js";
import { renderEvidenceList } from "../evidence/index.js";
import { renderChecks, renderFactName } from "./fact-line.js";
import { overtakenBy } from "../../../report/overtaken.js";
import type { ReportIndex } from "../kit/index.js";

/**
 * The facts two or more independent reports agree on, in the brief's order. Like the brief, quotes
 * are kept out of the agreed count; those several outlets carry follow in a list of their own.
 */
export function renderConsensusSection(aligned: AlignedStory, index: ReportIndex): SafeHtml {
  const agreed = agreedFacts(aligned);
  const quotes = agreedQuotes(aligned);
  return html`<section class="story-section" id="consensus" aria-labelledby="consensus-title">
    <h2 id="consensus-title">Consensus <span class="section-count">${countOf(agreed.length, "fact")}</span></h2>
    <p class="section-lede">Backed by two or more independent reports; copies of one wire text count once. Open a fact to read each report’s sentence.</p>
    ${agreed.length > 0 ? html`<ol class="fact-list">${agreed.map((fact) => renderFact(fact, index, overtakenBy(aligned, fact)))}</ol>` : html`<p class="empty">No fact is backed by two or more independent reports yet.</p>`}
    ${quotes.length > 0
      ? html`<h3 class="subsection-title">Quoted by more than one outlet</h3>
    <ol class="fact-list">${quotes.map((fact) => renderFact(fact, index))}</ol>`
      : ""}
  </section>`;
}

/** A fact with its support; `later`, a count that has moved on since, is named beside it (Latest figures has it). */
function renderFact(fact: Fact, index: ReportIndex, later?: Update): SafeHtml {
  const copies = fact.reports > fact.independentSources ? html` · ${countOf(fact.reports, "report")}` : "";
  const latest = later?.steps.at(-1);
  return html`<li class="fact fact-${fact.kind}">
    <details>
      <summary>
        <span class="fact-name">${renderFactName(fact)}</span>
        <span class="fact-support">${countOf(fact.independentSources, "outlet")}${copies}</span>
        ${latest ? html`<span class="fact-later">since updated: ${latest.display}${latest.date ? ` (${formatDate(latest.date)})` : ""}</span>` : ""}
        ${renderChecks(fact)}
      </summary>
      ${renderEvidenceList(fact.support, index)}
    </details>
  </li>`;
}
