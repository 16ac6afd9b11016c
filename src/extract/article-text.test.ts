/**
 * extractArticleText (what `extract` prints as text) reads only the metadata the line cleaner
 * needs: its text must be extractArticle's, on every invented page, and on pages of both
 * extraction benchmarks when they are beside the repo (../shared/bench-data).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { CorroborateError } from "../errors.js";
import { extractArticle, extractArticleText } from "./index.js";

const FIXTURES = join(process.cwd(), "test/fixtures/html");
const BENCH_DATA = resolve(process.cwd(), "../shared/bench-data");
/** Pages taken from each benchmark: enough kinds of page, in a test that stays quick. */
const PAGES_PER_BENCHMARK = 40;

function page(path: string): { id: string; source: string; bytes: Uint8Array; contentType: string; fetchedAt: string } {
  const raw = readFileSync(path);
  return { id: path, source: path, bytes: path.endsWith(".gz") ? gunzipSync(raw) : raw, contentType: "text/html", fetchedAt: "" };
}

/** The text, or the code of the error that stopped it: a page without text must fail alike both ways. */
function outcome(extract: () => { text: string }): string {
  try {
    return extract().text;
  } catch (error) {
    if (error instanceof CorroborateError) return `failed: ${error.code}`;
    throw error;
  }
}

function assertSameText(paths: string[]): void {
  assert.ok(paths.length > 0);
  for (const path of paths) {
    const document = page(path);
    assert.equal(outcome(() => extractArticleText(document)), outcome(() => extractArticle(document)), path);
  }
}

test("the text alone is the article's text on every invented page", () => {
  assertSameText(readdirSync(FIXTURES).filter((name) => name.endsWith(".html")).map((name) => join(FIXTURES, name)));
});

for (const set of ["article-extraction-benchmark", "wcxb-dev"]) {
  const dir = join(BENCH_DATA, set, "html");
  test(`the text alone is the article's text on pages of ${set}`, { skip: existsSync(dir) ? false : `${dir} is not beside the repo` }, () => {
    // Every nth page, so the sample spans the set rather than its first sites.
    const names = readdirSync(dir).sort();
    const step = Math.max(1, Math.floor(names.length / PAGES_PER_BENCHMARK));
    assertSameText(names.filter((_, i) => i % step === 0).map((name) => join(dir, name)));
  });
}

test("what decoding warns of comes with the text alone too", () => {
  // A byte that is not UTF-8 beside a UTF-8 letter: decoding warns and reads on.
  const fixture = readFileSync(join(FIXTURES, "meta-only.html"));
  const at = fixture.indexOf("reopened");
  const bytes = Buffer.concat([fixture.subarray(0, at), Buffer.from("déjà ", "utf8"), Buffer.from([0xe9]), fixture.subarray(at)]);
  const document = { id: "w", source: "broken.html", bytes, contentType: "text/html", fetchedAt: "" };
  const warnings = extractArticleText(document).warnings;
  assert.equal(warnings?.length, 1);
  assert.deepEqual(warnings, extractArticle(document).warnings);
});
