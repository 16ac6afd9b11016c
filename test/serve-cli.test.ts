import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runServe } from "../src/cli/serve-command.js";
import type { CliIO } from "../src/cli/io.js";
import { DEFAULT_SERVE_OPTIONS } from "../src/serve/index.js";
import { runCorroborate } from "./helpers/cli.js";

function capture(): { io: CliIO; stderr: () => string } {
  let err = "";
  return { io: { stdout: () => {}, stderr: (t) => void (err += t), isTTY: false, env: {} }, stderr: () => err };
}

test("serve creates the store, says where it answers, serves until stopped, and exits 0", async () => {
  const db = join(mkdtempSync(join(tmpdir(), "corroborate-serve-cli-")), "new.db");
  const { io, stderr } = capture();
  let stop!: () => void;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  const running = runServe(db, { ...DEFAULT_SERVE_OPTIONS, port: 0 }, io, stopped);
  let url: string | undefined;
  for (let i = 0; i < 100 && !url; i++) {
    url = /web UI:\s+(\S+)/.exec(stderr())?.[1];
    if (!url) await new Promise((resolve) => setTimeout(resolve, 20));
  }
  assert.ok(url, stderr());
  assert.match(stderr(), /0 reports in 0 stories/);
  const page = await fetch(url);
  assert.equal(page.status, 200);
  assert.match(await page.text(), /No stories/i);
  stop();
  assert.equal(await running, 0);
  await assert.rejects(fetch(url), "the server has stopped");
});

test("a port in use is one line and exit 2", async () => {
  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
  const port = (blocker.address() as { port: number }).port;
  const db = join(mkdtempSync(join(tmpdir(), "corroborate-serve-cli-")), "s.db");
  const run = await runCorroborate("serve", "--db", db, "--port", String(port));
  blocker.close();
  assert.equal(run.code, 2);
  assert.match(run.stderr, new RegExp(`port ${port} on 127\\.0\\.0\\.1 is in use`));
  assert.doesNotMatch(run.stderr, /\n\s+at /);
});

test("a bad port or upload size is a usage error", async () => {
  for (const args of [["--port", "70000"], ["--port", "http"], ["--max-upload", "0"]]) {
    const run = await runCorroborate("serve", ...args);
    assert.equal(run.code, 2, args.join(" "));
    assert.match(run.stderr, /port is a whole number|size in megabytes/);
  }
});

test("help gives the upload limit's default in the megabytes the option takes", async () => {
  const run = await runCorroborate("serve", "--help");
  assert.equal(run.code, 0);
  assert.match(run.stderr + run.stdout, /in megabytes \(default: 10\)/);
});
