import type { AnalyzedArticle, Claim, Evidence } from "../types.js";

/** A claim as one report states it, with its value mapped to the story's canonical form. */
export interface Stated {
  claim: Claim;
  article: AnalyzedArticle;
  /** Canonical value: entity keys merged across the story, everything else as the claim has it. */
  value: string;
}

/** The evidence for a claim: the whole sentence it sits in, an exact substring of the report. */
export function evidenceOf(stated: Stated): Evidence {
  const { article, claim } = stated;
  const sentence = article.sentences[claim.sentence];
  const start = sentence?.start ?? claim.span.start;
  const end = sentence?.end ?? claim.span.end;
  return { article: article.article.id, quote: article.article.text.slice(start, end), span: { start, end }, focus: claim.span };
}

export function articleIds(stated: Stated[]): Set<string> {
  return new Set(stated.map((s) => s.article.article.id));
}

/** One piece of evidence per report: the first time it states the value. */
export function evidencePerArticle(stated: Stated[]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const s of stated) {
    const id = s.article.article.id;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(evidenceOf(s));
  }
  return out;
}
