import type { AnalyzedArticle, Claim, EntityMention } from "../../src/types.js";
import { splitSentences } from "../../src/analyze/sentences.js";

/**
 * Build an analyzed article by hand for stage tests that should not depend on the analyzers:
 * claims are given as (sentence index, claim fields) and spans cover the whole sentence.
 */
export function analyzedArticle(
  id: string,
  text: string,
  claims: (Partial<Claim> & Pick<Claim, "kind" | "key" | "value"> & { sentence: number })[],
  options: { published?: string | null; entities?: Omit<EntityMention, "start" | "end" | "sentence">[]; title?: string } = {},
): AnalyzedArticle {
  const sentences = splitSentences(text);
  const entities: EntityMention[] = (options.entities ?? []).map((e) => {
    const start = text.indexOf(e.surface);
    if (start < 0) throw new Error(`entity ${e.surface} not in text`);
    const sentence = sentences.findIndex((s) => s.start <= start && start < s.end);
    return { ...e, start, end: start + e.surface.length, sentence };
  });
  return {
    article: {
      id,
      source: `${id}.txt`,
      outlet: `Outlet ${id}`,
      title: options.title ?? sentences[0]?.text ?? id,
      published: options.published ?? null,
      byline: null,
      dateline: null,
      language: "en",
      paragraphs: text.split("\n\n"),
      text,
      removed: [],
      attributions: [],
    },
    sentences,
    entities,
    claims: claims.map((c) => {
      const sentence = sentences[c.sentence];
      if (!sentence) throw new Error(`no sentence ${c.sentence} in ${id}`);
      return { display: c.value, span: { start: sentence.start, end: sentence.end }, rule: "TEST", ...c };
    }),
  };
}
