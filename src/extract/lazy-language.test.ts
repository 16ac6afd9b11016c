/** Articles cross worker threads without their language, which is worked out where it is asked. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticleFields } from "./index.js";
import { withLazyLanguage } from "./lazy-language.js";

const document = (text: string, contentType = "text/plain") => ({ id: "a", source: "a.txt", bytes: new TextEncoder().encode(text), contentType, fetchedAt: "" });

test("extracted fields carry no language and survive a structured clone; the language is detected on reading", () => {
  const fields = extractArticleFields(document("The council said on Monday that twelve people were hurt when the old bridge over the river closed for repairs."));
  assert.ok(!("language" in fields));
  const article = withLazyLanguage(structuredClone(fields));
  assert.equal(article.language, "en");
  assert.ok(!("declaredLanguage" in article));
});

test("the page's declared language stands in when the text is too short to tell", () => {
  const fields = extractArticleFields(document("The council said on Monday that twelve people were hurt."));
  assert.equal(withLazyLanguage({ ...fields, text: "Oui.", declaredLanguage: "fr" }).language, "fr");
  assert.equal(withLazyLanguage({ ...fields, text: "Oui.", declaredLanguage: null }).language, "und");
});
