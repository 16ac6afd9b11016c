/** `corroborate extract DIR --format ndjson` over saved pages, gzipped ones included. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { runCorroborate } from "./helpers/cli.js";

const FIXTURES = join(process.cwd(), "test/fixtures/html");

test("one JSON object per input, with source, text, title, authors, published, outlet, language", async () => {
  const dir = mkdtempSync(join(tmpdir(), "corroborate-ndjson-"));
  copyFileSync(join(FIXTURES, "meta-only.html"), join(dir, "meta-only.html"));
  writeFileSync(join(dir, "jsonld-only.html.gz"), gzipSync(readFileSync(join(FIXTURES, "jsonld-only.html"))));
  writeFileSync(join(dir, "menu.html"), "<html><body><nav><a href='/'>Home</a></nav></body></html>");
  const run = await runCorroborate("extract", dir, "--format", "ndjson");
  // A page with no article text is extract's answer for it, not a skipped input (README, exit codes).
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stderr, /menu\.html: .*no article text/i);
  const objects = run.stdout.trim().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
  assert.equal(objects.length, 2);
  const gz = objects.find((o) => o["id"] === "jsonld-only")!;
  assert.equal(gz["source"], join(dir, "jsonld-only.html.gz"));
  assert.equal(gz["title"], "Northern quay reopens after storm repairs");
  assert.deepEqual(gz["authors"], ["Ada Fennimore", "Tomas Rilke"]);
  assert.equal(gz["published"], "2024-11-04");
  assert.equal(gz["outlet"], "Selwyn Gazette");
  assert.equal(gz["language"], "en");
  assert.equal((gz["text"] as string).split("\n\n").length, 3);
  for (const object of objects) {
    for (const key of ["source", "text", "title", "authors", "published", "outlet", "language"]) assert.ok(key in object, key);
  }
});
