import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runCorroborate } from "./helpers/cli.js";
import { HAVE_SEEDS, SEEDS_DIR, seedIds } from "./helpers/seeds.js";

const PAGES = resolve(process.cwd(), "../shared/bench-data/article-extraction-benchmark/html");

test("ingest of the seeds and the 181 benchmark pages: one story holds exactly the five seeds; the seeds again change no count", { skip: !HAVE_SEEDS || !existsSync(PAGES), timeout: 120_000 }, async () => {
  const db = join(mkdtempSync(join(tmpdir(), "corroborate-accept-")), "store.db");
  const first = await runCorroborate("ingest", SEEDS_DIR, PAGES, "--db", db);
  assert.equal(first.code, 0, first.stderr);
  const list = async () => (JSON.parse((await runCorroborate("stories", "--db", db, "--format", "json")).stdout) as { stories: { id: string; articles: { id: string }[] }[] }).stories;
  const before = await list();
  const seeds = seedIds();
  const holding = before.filter((s) => s.articles.some((a) => seeds.includes(a.id)));
  assert.equal(holding.length, 1, "the seeds are one story");
  assert.deepEqual(holding[0]!.articles.map((a) => a.id).sort(), seeds);
  const again = await runCorroborate("ingest", SEEDS_DIR, "--db", db);
  assert.match(again.stdout, /stored 0 new reports, 5 already stored/);
  const after = await list();
  assert.deepEqual(after.map((s) => [s.id, s.articles.length]), before.map((s) => [s.id, s.articles.length]));
});
