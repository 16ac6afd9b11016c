import type { Article } from "../types.js";
import { detectLanguage } from "./language.js";

/**
 * An article's language is worked out on first reading: the language model costs more to load
 * than most pages cost to extract, and `extract` printing text never asks. The fields travel
 * between threads without it (a structured clone would read the getter, loading the model in
 * every worker), and the getter is put back where the article is used.
 */

/** An article as extracted, before its language is asked: what a worker sends back. */
export type ArticleFields = Omit<Article, "language"> & {
  /** The language the page declares (<html lang>, og:locale), used when detection cannot tell. */
  declaredLanguage: string | null;
};

export function withLazyLanguage({ declaredLanguage, ...fields }: ArticleFields): Article {
  let language: string | null = null;
  return {
    ...fields,
    get language(): string {
      language ??= languageOf(fields.text, declaredLanguage);
      return language;
    },
    set language(value: string) {
      language = value;
    },
  };
}

function languageOf(text: string, declared: string | null): string {
  const detected = detectLanguage(text);
  return detected === "und" && declared ? declared : detected;
}
