import { test } from "node:test";
import assert from "node:assert/strict";
import type { Claim } from "../../types.js";
import { splitSentences } from "../sentences.js";
import { findEntities } from "../entities/index.js";
import { findQuoteClaims } from "./index.js";
import { findQuoteSpans, normalizeQuote } from "./spans.js";

function quotes(text: string): Claim[] {
  const sentences = splitSentences(text);
  const claims = findQuoteClaims({ text, sentences, entities: findEntities(text, sentences), published: null });
  for (const claim of claims) {
    assert.equal(claim.kind, "quote");
    assert.equal(text.slice(claim.span.start, claim.span.end), claim.display, "the span is the quote text itself");
    assert.equal(claim.key, `quote: ${claim.speaker ?? "unknown"}`);
  }
  return claims;
}

function speakers(text: string): string[] {
  return quotes(text).map((c) => `${c.speaker ?? "unknown"} <- ${c.display} (${c.rule})`);
}

test("ANALYZE_QUOTE_AFTER_NAME_VERB: “…,” X said / “…,” X told Y", () => {
  assert.deepEqual(speakers("“We will rebuild the bridge before winter,” Nadia Petrova said."), [
    "nadia petrova <- We will rebuild the bridge before winter (ANALYZE_QUOTE_AFTER_NAME_VERB)",
  ]);
  assert.deepEqual(speakers("Defence Minister Nadia Petrova arrived. “Nobody will be left without help,” Petrova told Mayor Ivan Gorin."), [
    "nadia petrova <- Nobody will be left without help (ANALYZE_QUOTE_AFTER_NAME_VERB)",
  ]);
});

test("ANALYZE_QUOTE_AFTER_VERB_NAME: “…,” said X (with a title before the name)", () => {
  assert.deepEqual(speakers("\"The search will continue through the night,\" said Fire Chief Omar Lindahl."), [
    "omar lindahl <- The search will continue through the night (ANALYZE_QUOTE_AFTER_VERB_NAME)",
  ]);
});

test("ANALYZE_QUOTE_BEFORE_VERB: X said: “…”, X said that “…”, X, who …, said “…”", () => {
  assert.deepEqual(speakers("Senator Ruth Okonkwo said: “This is a failure of oversight at every level.”"), [
    "ruth okonkwo <- This is a failure of oversight at every level. (ANALYZE_QUOTE_BEFORE_VERB)",
  ]);
  assert.deepEqual(speakers("Governor Tom Baines said that “the state will cover every funeral cost.”"), [
    "tom baines <- the state will cover every funeral cost. (ANALYZE_QUOTE_BEFORE_VERB)",
  ]);
  assert.deepEqual(
    speakers("Anna Kowalska, who has run the bakery near the station for years, said \"I heard two loud bangs and then silence.\""),
    ["ana kowalska <- I heard two loud bangs and then silence. (ANALYZE_QUOTE_BEFORE_VERB)"],
  );
});

test("ANALYZE_QUOTE_AFTER_PRONOUN: “…,” he said resolves to the nearest person named before", () => {
  assert.deepEqual(speakers("Captain Leo Marsh landed the plane. “We had seconds to decide what to do,” he said."), [
    "leo marsh <- We had seconds to decide what to do (ANALYZE_QUOTE_AFTER_PRONOUN)",
  ]);
});

test("a pronoun after an unnamed speaker stays unknown", () => {
  const text = "Ruth Okonkwo toured the site. “We will rebuild every home that was lost,” the mayor said. “No family will be left behind,” she added.";
  assert.deepEqual(
    quotes(text).map((c) => c.key),
    ["quote: unknown", "quote: unknown"],
  );
});

test("ANALYZE_QUOTE_ACCORDING_TO and ANALYZE_QUOTE_SENTENCE_SPEAKER", () => {
  assert.deepEqual(speakers("According to Reuters, officials called it “the worst disaster in a generation.”"), [
    "reuters <- the worst disaster in a generation. (ANALYZE_QUOTE_ACCORDING_TO)",
  ]);
  assert.deepEqual(speakers("President Lena Sorensen described the ally as “constantly working on security and defence”."), [
    "lena sorensen <- constantly working on security and defence (ANALYZE_QUOTE_BEFORE_VERB)",
  ]);
  assert.deepEqual(
    speakers("Lena Sorensen noted that the old ally in the north had been “constantly working on security and defence” for years."),
    ["lena sorensen <- constantly working on security and defence (ANALYZE_QUOTE_SENTENCE_SPEAKER)"],
  );
});

test("ANALYZE_QUOTE_CONTINUATION and ANALYZE_QUOTE_SAME_SENTENCE", () => {
  const text =
    "“We accept the findings in full,” Minister Paulo Reis told the inquiry. “It is our duty to find the true causes.”\n\n" +
    "Captain Ana Duarte spoke next. “We did what we were trained to do,” she said, adding that no checklist could “bring back those who died that night.”";
  assert.deepEqual(speakers(text), [
    "paulo reis <- We accept the findings in full (ANALYZE_QUOTE_AFTER_NAME_VERB)",
    "paulo reis <- It is our duty to find the true causes. (ANALYZE_QUOTE_CONTINUATION)",
    "ana duarte <- We did what we were trained to do (ANALYZE_QUOTE_AFTER_PRONOUN)",
    "ana duarte <- bring back those who died that night. (ANALYZE_QUOTE_SAME_SENTENCE)",
  ]);
});

test("a surname speaker takes the full name the article gives", () => {
  const claims = quotes("Interior Minister Vera Holm visited the camp. “Nobody here will be sent back,” Holm said.");
  assert.equal(claims[0]?.speaker, "vera holm");
  assert.equal(claims[0]?.key, "quote: vera holm");
});

test("scare quotes of one to three words are not quote claims", () => {
  assert.deepEqual(quotes("He called it a “tragic incident” and a “reliable” partner, “broad and positive” even."), []);
});

test("unattributed quotes keep key 'quote: unknown' and no speaker", () => {
  const claims = quotes("The banner read “no more flights over our homes” in red letters.");
  assert.equal(claims.length, 1);
  assert.equal(claims[0]!.key, "quote: unknown");
  assert.equal(claims[0]!.speaker, undefined);
  assert.equal(claims[0]!.rule, "ANALYZE_QUOTE_UNATTRIBUTED");
});

test("quote spans: curly, straight, guillemets and single quotes; apostrophes are not quotes", () => {
  const text = "‘We are devastated by this loss,’ the club said. It wasn’t the pilots’ fault, «said the chief of the crew» and \"we all know it now.\"";
  const spans = findQuoteSpans(text).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(spans, ["We are devastated by this loss", "said the chief of the crew", "we all know it now."]);
});

test("a quote left open at a paragraph's end runs on when the next paragraph reopens it", () => {
  const text = "“The first thing we saw was smoke over the runway.\n\n“Then the lights went out,” said Mira Kaas.";
  const spans = findQuoteSpans(text).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(spans, ["The first thing we saw was smoke over the runway.", "Then the lights went out"]);
});

test("normalised values ignore case, punctuation, apostrophes and spacing", () => {
  assert.equal(normalizeQuote("It’s our  duty — I repeat … to act!"), "its our duty i repeat to act");
  assert.equal(normalizeQuote("It's our duty, I repeat, to act."), "its our duty i repeat to act");
});
