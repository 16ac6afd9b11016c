import type { AlignedStory, Evidence } from "../../../types.js";
import { sentenceIndexAt, type ReportIndex } from "../kit/index.js";

/** What a report's sentence is evidence for, so the full text shows which sentences matter. */
export type SentenceRole = "disputed" | "agreed" | "single";

/** Strongest first: a sentence behind a disputed value is marked so, whatever else it backs. */
const PRECEDENCE: readonly SentenceRole[] = ["disputed", "agreed", "single"];

/** Per report id, the role of each sentence that is evidence for a finding. */
export function sentenceRoles(aligned: AlignedStory, index: ReportIndex): Map<string, Map<number, SentenceRole>> {
  const roles = new Map<string, Map<number, SentenceRole>>();
  const mark = (role: SentenceRole, evidence: Evidence[]) => {
    for (const e of evidence) {
      const report = index.byId.get(e.article);
      if (!report) continue;
      const sentences = roles.get(e.article) ?? new Map<number, SentenceRole>();
      const sentence = sentenceIndexAt(report.analyzed, e.span.start);
      const current = sentences.get(sentence);
      if (!current || PRECEDENCE.indexOf(role) < PRECEDENCE.indexOf(current)) sentences.set(sentence, role);
      roles.set(e.article, sentences);
    }
  };
  for (const conflict of aligned.conflicts) for (const position of conflict.positions) mark("disputed", position.support);
  for (const fact of aligned.facts) {
    if (fact.status === "corroborated") mark("agreed", fact.support);
    if (fact.status === "single-source") mark("single", fact.support);
  }
  return roles;
}
