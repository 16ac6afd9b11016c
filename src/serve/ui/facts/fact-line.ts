import type { Fact } from "../../../types.js";
import { slotLabel } from "../../../report/labels.js";
import { html, type SafeHtml } from "../kit/index.js";
import { formatValue } from "../kit/index.js";

/** A fact's label and value: "number of killed  23", a quote's words in quotation marks. */
export function renderFactName(fact: Pick<Fact, "key" | "kind" | "display" | "subject">): SafeHtml {
  const value = formatValue(fact.kind, fact.display);
  return html`<span class="fact-label">${slotLabel(fact.key, fact.subject)}</span>
    <span class="fact-value">${fact.kind === "quote" ? html`<q>${value}</q>` : value}</span>`;
}

/** The arithmetic a fact takes part in, as the brief words it: "adds up: aboard = killed + survivors". */
export function renderChecks(fact: Pick<Fact, "checks">): SafeHtml {
  return html`${(fact.checks ?? []).map((check) =>
    check.holds
      ? html`<span class="check check-holds">adds up: ${check.rule}</span>`
      : html`<span class="check check-fails">does not add up: ${check.rule}</span>`,
  )}`;
}
