import type { AlignedStory, Evidence } from "../types.js";
import type { CheckResult } from "../pipeline.js";
import { slotLabel, timelineLine, UNDATED } from "./labels.js";
import { articleOf } from "./story-articles.js";
import { singleSourceClaims } from "./single-source.js";
import { agreedFacts } from "./agreed-facts.js";
import { reportName, reportUrl } from "./source-name.js";
import { formatDate, formatValue } from "./date-words.js";

/** The brief as Markdown, for pasting into a document or an issue. Quotes are kept whole. */
export function renderMarkdown(result: CheckResult): string {
  const out: string[] = ["# Corroboration brief", ""];
  for (const aligned of result.stories) out.push(...renderStory(aligned), "");
  if (result.failures.length) {
    out.push("## Inputs skipped", "", ...result.failures.map((f) => `- \`${f.source}\`: ${escape(f.message)}`), "");
  }
  return out.join("\n").trimEnd() + "\n";
}

function renderStory(aligned: AlignedStory): string[] {
  const { story, conflicts, sources } = aligned;
  const out = [`## ${escape(story.headline)}`, "", `${story.articles.length} reports. Story id \`${story.id}\`.`, ""];
  out.push("### Agreed", "");
  for (const f of agreedFacts(aligned)) {
    out.push(`- **${escape(slotLabel(f.key, f.subject))}: ${escape(formatValue(f.kind, f.display))}** (${f.independentSources} independent sources)`, ...f.support.map(quote));
  }
  out.push("", "### Disputed", "");
  if (conflicts.length === 0) out.push("No contradictions found.");
  for (const c of conflicts) {
    out.push(`- **${escape(slotLabel(c.key, c.subject))}**`);
    for (const p of c.positions) out.push(`  - *${escape(formatValue(c.kind, p.display))}*: ${p.support.map((e) => e.article).join(", ")}`, ...p.support.map((e) => "  " + quote(e)));
  }
  if (aligned.updates.length) {
    out.push("", "### Updated over time", "");
    for (const u of aligned.updates) {
      const line = timelineLine(u.steps, u.key, u.subject);
      // As on the web page: "undated" is said of a step only when other steps have a day.
      const day = (date: string | null) => (date ? `, ${formatDate(date)}` : line.dates ? `, ${UNDATED}` : "");
      out.push(`- **${escape(line.values)}**${line.dates ? ` (${line.dates})` : ""}`, ...u.steps.map((st) => `  - ${escape(st.display)}${day(st.date)}: ${st.support.map((e) => e.article).join(", ")}`));
    }
  }
  out.push("", "### Only one report", "");
  for (const f of singleSourceClaims(aligned)) {
    out.push(`- ${escape(slotLabel(f.key, f.subject))}: ${escape(formatValue(f.kind, f.display))} — ${f.support[0]!.article}`);
  }
  out.push("", "### Reports", "", "| report | source | published | credits | agrees | contradicts | alone |", "|---|---|---|---|---:|---:|---:|");
  for (const s of sources) {
    const article = articleOf(aligned, s.article);
    const url = reportUrl(article);
    const name = url ? `[${escape(reportName(article))}](<${url}>)` : escape(reportName(article));
    const credits = escape(s.credits?.join(", ") ?? "");
    out.push(`| ${s.article} | ${name} | ${article.publishedAt ?? article.published ?? ""} | ${credits} | ${s.agrees} | ${s.contradicts} | ${s.unique} |`);
  }
  return out;
}

function quote(e: Evidence): string {
  return `  - ${e.article}: > ${escape(e.quote.replace(/\s+/g, " "))}`;
}

function escape(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, "\\$1");
}
