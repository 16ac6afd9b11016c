import type { AlignedStory, Evidence, Fact } from "../types.js";
import type { CheckResult } from "../pipeline.js";
import { slotLabel, timelineLine } from "./labels.js";
import { describeFailure } from "./failure-text.js";
import { articleOf } from "./story-articles.js";
import { reportName } from "./source-name.js";
import { overtakenBy } from "./overtaken.js";
import { singleSourceClaims } from "./single-source.js";
import { agreedFacts } from "./agreed-facts.js";
import { PLAIN, clip, clipAround, type Style } from "./style.js";
import { formatDate, formatDateRange, formatValue } from "./date-words.js";

/** How many single-source claims the brief lists per story before pointing to the JSON. */
const MAX_SINGLE_SOURCE = 12;
const QUOTE_WIDTH = 110;

/** The terminal brief: per story, what is agreed, what is disputed, what only one report says. */
export function renderBrief(result: CheckResult, style: Style = PLAIN): string {
  const out: string[] = [];
  result.stories.forEach((aligned, i) => out.push(...renderStory(aligned, i, result.stories.length, style), ""));
  if (result.stories.length === 0) out.push("No story could be built from the inputs.", "");
  for (const failure of result.failures) out.push(style.red(`✗ skipped ${describeFailure(failure)}`));
  return out.join("\n").trimEnd() + "\n";
}

function renderStory(aligned: AlignedStory, index: number, total: number, s: Style): string[] {
  const { story, conflicts } = aligned;
  const out: string[] = [];
  const independent = aligned.independentReports;
  const dates = story.articles.map((a) => a.article.published).filter((d): d is string => !!d).sort();
  const span = formatDateRange(dates[0] ?? null, dates.at(-1) ?? null);
  out.push(s.bold(`STORY ${index + 1}/${total}  ${story.headline}`));
  out.push(s.dim(`${story.articles.length} reports · ${independent} independent · ${span} · ${conflicts.length} disputed point${conflicts.length === 1 ? "" : "s"}`));

  const agreed = agreedFacts(aligned);
  out.push("", s.bold(s.green(`AGREED  ${agreed.length} fact${agreed.length === 1 ? "" : "s"} backed by 2+ independent reports`)));
  for (const fact of agreed) {
    out.push(`  ${s.green("✓")} ${s.bold(`${slotLabel(fact.key, fact.subject)}: ${formatValue(fact.kind, fact.display)}`)}  ${s.dim(supportLine(fact))}${laterNote(aligned, fact, s)}${checkNote(fact, s)}`);
    for (const e of fact.support) out.push(quoteLine(e, s));
  }

  out.push("", s.bold(s.red(`DISPUTED  ${conflicts.length} point${conflicts.length === 1 ? "" : "s"}`)));
  for (const conflict of conflicts) {
    out.push(`  ${s.red("✗")} ${s.bold(slotLabel(conflict.key, conflict.subject))}`);
    for (const position of conflict.positions) {
      out.push(`      ${s.bold(formatValue(conflict.kind, position.display))}  ${s.dim(position.support.map((e) => e.article).join(", "))}`);
      for (const e of position.support) out.push(quoteLine(e, s, "        "));
    }
  }

  if (aligned.updates.length > 0) {
    out.push("", s.bold(`UPDATED OVER TIME  ${aligned.updates.length} count${aligned.updates.length === 1 ? "" : "s"} that changed between days (not contradictions)`));
    for (const update of aligned.updates) {
      const line = timelineLine(update.steps, update.key, update.subject);
      out.push(`  ${s.bold("↗")} ${s.bold(line.values)}${line.dates ? `  ${s.dim(line.dates)}` : ""}`);
      for (const step of update.steps) for (const e of step.support) out.push(quoteLine(e, s, "        "));
    }
  }

  const single = singleSourceClaims(aligned);
  out.push("", s.bold(s.yellow(`ONLY ONE REPORT  ${single.length} claim${single.length === 1 ? "" : "s"}`)));
  for (const fact of single.slice(0, MAX_SINGLE_SOURCE)) {
    const e = fact.support[0]!;
    out.push(`  ${s.yellow("•")} ${slotLabel(fact.key, fact.subject)}: ${clip(formatValue(fact.kind, fact.display), 60)}  ${s.dim(`[${e.article}]`)}${checkNote(fact, s)}`);
  }
  if (single.length > MAX_SINGLE_SOURCE) out.push(s.dim(`  … and ${single.length - MAX_SINGLE_SOURCE} more (--format json lists all)`));

  // Ids are shown whole: reports named after files often share a long prefix, and a cut id would
  // leave several rows with the same name and no way to find the report the quotes above cite.
  const idWidth = Math.max(2, ...aligned.sources.map((source) => source.article.length));
  out.push("", s.bold("REPORTS"), s.dim(`  ${"id".padEnd(idWidth)}  agrees  contradicts  alone  outlet / title`));
  for (const source of aligned.sources) {
    const article = articleOf(aligned, source.article);
    const row = `  ${source.article.padEnd(idWidth)}  ${String(source.agrees).padStart(6)}  ${String(source.contradicts).padStart(11)}  ${String(source.unique).padStart(5)}  `;
    const credits = source.credits?.length ? ` · credits ${source.credits.join(", ")}` : "";
    out.push(row + clip(`${reportName(article)}${credits} — ${article.title}`, 90));
  }
  return out;
}

/** A count agreed on once and moved on since: the reader is sent to its latest figure. */
function laterNote(aligned: AlignedStory, fact: Fact, s: Style): string {
  const latest = overtakenBy(aligned, fact)?.steps.at(-1);
  return latest ? s.yellow(` · since updated: ${latest.display}${latest.date ? ` (${formatDate(latest.date)})` : ""}`) : "";
}

function supportLine(fact: Fact): string {
  const copies = fact.reports > fact.independentSources ? ` (${fact.reports} reports)` : "";
  return `${fact.independentSources} independent${copies}`;
}

function checkNote(fact: Fact, s: Style): string {
  if (!fact.checks?.length) return "";
  return fact.checks.map((c) => (c.holds ? s.green(`  adds up: ${c.rule}`) : s.red(`  does not add up: ${c.rule}`))).join("");
}

function quoteLine(e: Evidence, s: Style, indent = "      "): string {
  const focus = e.focus ?? e.span;
  const shown = clipAround(e.quote, focus.start - e.span.start, focus.end - e.span.start, QUOTE_WIDTH);
  return `${indent}${s.dim(e.article.padEnd(6))} ${s.dim(`“${shown}”`)}`;
}

