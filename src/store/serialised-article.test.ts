import { test } from "node:test";
import assert from "node:assert/strict";
import type { Article } from "../types.js";
import { articleJson, serialiseArticle } from "./serialised-article.js";

const article = { id: "harbour-gazette-ferry", outlet: "Harbour Gazette", text: "The ferry Marlowe Star ran aground with 212 people aboard.", warnings: ["mixed encodings"] } as unknown as Article;

test("a serialised article keeps what storing reads beside its JSON", () => {
  const serialised = serialiseArticle(article);
  assert.equal(serialised.id, article.id);
  assert.equal(serialised.outlet, "Harbour Gazette");
  assert.deepEqual(serialised.warnings, ["mixed encodings"]);
  assert.deepEqual(JSON.parse(serialised.json), article);
});

test("the stored JSON carries the id the store settled on, serialised or not", () => {
  const serialised = serialiseArticle(article);
  assert.equal(articleJson(serialised, article.id), serialised.json);
  assert.deepEqual(JSON.parse(articleJson(serialised, "harbour-gazette-ferry-2")), { ...article, id: "harbour-gazette-ferry-2" });
  assert.deepEqual(JSON.parse(articleJson(article, "harbour-gazette-ferry-3")), { ...article, id: "harbour-gazette-ferry-3" });
});
