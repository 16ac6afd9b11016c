import type { AlignedStory, Evidence, Update } from "../../../types.js";
import { countNoun, UNDATED } from "../../../report/labels.js";
import { html, type SafeHtml } from "../kit/index.js";
import { countOf, formatDate } from "../kit/index.js";
import { renderSourceLink } from "../evidence/index.js";
import type { ReportIndex } from "../kit/index.js";

/**
 * The latest figure of every count that moved (a toll rising over days), with when it was
 * reported, and the figures before it: updates, not contradictions. It comes before the consensus,
 * because a day-one figure the outlets agreed on may have been overtaken.
 */
export function renderUpdatesSection(aligned: AlignedStory, index: ReportIndex): SafeHtml {
  return html`<section class="story-section" id="updates" aria-labelledby="updates-title">
    <h2 id="updates-title">Latest figures <span class="section-count">${countOf(aligned.updates.length, "count")}</span></h2>
    <p class="section-lede">Counts that changed as the story went on, newest first in each row; earlier figures were not wrong when reported.</p>
    <ul class="latest-list">${aligned.updates.map((update) => renderUpdate(update, index))}</ul>
  </section>`;
}

function renderUpdate(update: Update, index: ReportIndex): SafeHtml {
  const latest = update.steps.at(-1)!;
  const earlier = update.steps.slice(0, -1).reverse();
  const when = latestTime(latest, index) ?? latest.date;
  // When no report gives a day, the head says so once; "(undated)" on every earlier figure is noise.
  const dated = update.steps.some((step) => step.date);
  return html`<li class="latest">
    <p class="latest-head">
      <span class="latest-value">${latest.display}</span>
      <span class="latest-label">${countNoun(update.key, update.subject)}</span>
      ${when ? html`<time class="latest-time" datetime="${when}">as of ${formatDate(when)}</time>` : html`<span class="latest-time">${UNDATED}</span>`}
    </p>
    <p class="latest-sources">${latest.support.map((e, i) => html`${i > 0 ? ", " : ""}${renderSourceLink(e, index)}`)}</p>
    ${earlier.length > 0
      ? html`<ol class="latest-earlier" aria-label="Earlier figures">${earlier.map(
          (step) => html`<li>was <strong>${step.display}</strong> ${step.date ? html`<time datetime="${step.date}">on ${formatDate(step.date)}</time> · ` : dated ? html`(${UNDATED}) · ` : ""}${step.support.map((e, i) => html`${i > 0 ? ", " : ""}${renderSourceLink(e, index)}`)}</li>`,
        )}</ol>`
      : ""}
  </li>`;
}

/**
 * The latest publish time, to the minute, among the reports of a step, when one gives a time of day
 * on the step's own day; the step's date alone has none.
 */
function latestTime(step: { date: string | null; support: Evidence[] }, index: ReportIndex): string | null {
  const times = step.support
    .map((e) => index.byId.get(e.article)?.analyzed.article.published ?? "")
    .filter((published) => published.includes("T") && (step.date === null || published.startsWith(step.date)));
  return times.sort().at(-1) ?? null;
}
