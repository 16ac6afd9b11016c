import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../src/cli/program.js";
import type { CliIO } from "../src/cli/io.js";
import { runCorroborate } from "./helpers/cli.js";
import { MIGRATIONS } from "../src/store/postgres/migrations.js";
import { createTestDatabase, queryRows, skipWithoutPostgres } from "./helpers/postgres.js";

const dir = mkdtempSync(join(tmpdir(), "corroborate-pg-cli-"));

async function runWithEnv(env: Record<string, string>, ...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTTY: false, env };
  return { code: await runCli(argv, io), stdout, stderr };
}

test("the queue commands refuse a SQLite store with one line, and create no file", async () => {
  const file = join(dir, "news.db");
  for (const argv of [["worker", "--drain"], ["status"], ["failures"], ["ingest", "examples/flood-kellmoor", "--enqueue"]]) {
    const run = await runCorroborate(...argv, "--db", file);
    assert.equal(run.code, 2, argv.join(" "));
    assert.match(run.stderr, /^corroborate: the job queue needs a PostgreSQL store: give --db postgres:\/\/.*\n$/);
  }
  assert.ok(!existsSync(file));
});

test("a PostgreSQL server that cannot be reached, or a malformed URL, is one line and exit code 2", async () => {
  const unreachable = await runCorroborate("stories", "--db", "postgres://postgres@127.0.0.1:1/news");
  assert.equal(unreachable.code, 2);
  assert.match(unreachable.stderr, /^corroborate: cannot reach PostgreSQL at postgres:\/\/postgres@127\.0\.0\.1:1\/news \(is the server running\?\)\n$/);
  const secret = await runCorroborate("stories", "--db", "postgres://reader:hunter2@127.0.0.1:1/news");
  assert.doesNotMatch(secret.stderr, /hunter2/, "the password is not printed");
  const malformed = await runCorroborate("stories", "--db", "postgres://[oops/news");
  assert.equal(malformed.code, 2);
  assert.match(malformed.stderr, /^corroborate: .* is not a valid PostgreSQL URL/);
});

test("CORROBORATE_DB names the store when --db is not given; --db wins over it", async () => {
  const named = join(dir, "from-env.db");
  const fromEnv = await runWithEnv({ CORROBORATE_DB: named }, "stories");
  assert.equal(fromEnv.code, 2);
  assert.match(fromEnv.stderr, new RegExp(`no store at ${named.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
  const given = join(dir, "given.db");
  const flag = await runWithEnv({ CORROBORATE_DB: named }, "stories", "--db", given);
  assert.match(flag.stderr, /given\.db/);
});

describe("ingest, stories and show over PostgreSQL", { skip: skipWithoutPostgres() }, () => {
  test("the same commands and answers as over SQLite; a read never creates a database", async () => {
    const database = await createTestDatabase();
    try {
      const inputs = ["examples/earthquake", "examples/flood-kellmoor", "examples/flood-rio-palmar"];
      const first = await runCorroborate("ingest", ...inputs, "--db", database.url);
      assert.equal(first.code, 0, first.stderr);
      assert.match(first.stdout, /stored 11 new reports, 0 already stored/);
      const again = await runCorroborate("ingest", ...inputs, "--db", database.url);
      assert.match(again.stdout, /stored 0 new reports, 11 already stored, 0 skipped; .* holds 11 reports in 3 stories/);
      const listed = JSON.parse((await runWithEnv({ CORROBORATE_DB: database.url }, "stories", "--format", "json")).stdout) as { stories: { id: string; reports: number; articles: { id: string }[] }[] };
      assert.deepEqual(listed.stories.map((s) => s.reports).sort(), [3, 3, 5]);
      const quake = listed.stories.find((s) => s.articles.some((a) => a.id === "cpa-day1"))!;
      const shown = await runCorroborate("show", quake.id, "--db", database.url);
      assert.equal(shown.code, 0, shown.stderr);
      assert.match(shown.stdout, /12 → 87 → 140 dead/);

      const absent = new URL(database.url);
      absent.pathname = `${absent.pathname}_absent`;
      const missing = await runCorroborate("stories", "--db", absent.toString());
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /^corroborate: no store at .*_absent \(create one with: corroborate ingest INPUTS --db .*\)\n$/);
      const [exists] = await queryRows<{ n: number }>(database.url, "SELECT count(*)::int AS n FROM pg_database WHERE datname = $1", [absent.pathname.slice(1)]);
      assert.equal(exists!.n, 0, "stories did not create the database");

      const steps = await queryRows<{ version: number }>(database.url, "SELECT version FROM corroborate.migrations ORDER BY version");
      assert.deepEqual(steps.map((s) => s.version), MIGRATIONS.map((m) => m.version), "every migration step ran once");
      await queryRows(database.url, "INSERT INTO corroborate.migrations (version, name) VALUES (999, 'from the future')");
      const newer = await runCorroborate("stories", "--db", database.url);
      assert.equal(newer.code, 2);
      assert.match(newer.stderr, /written by a newer Corroborate \(store version 999, this one reads \d+\)/);
    } finally {
      await database.drop();
    }
  });
});
