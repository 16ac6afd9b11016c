import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type http from "node:http";
import { runWatch } from "../src/cli/watch-command.js";
import type { WatchOptions } from "../src/watch/watch.js";
import type { DisputeAlert } from "../src/watch/disputes.js";
import { openSqliteStore } from "../src/store/index.js";
import { CONTRADICTING_REPORT, FERRY_REPORTS, captureIO, rssFeed, servePages, startNewsSite, type NewsSite } from "./helpers/news-site.js";
import { runCorroborate } from "./helpers/cli.js";

/** The watch against a loopback news site that also receives the webhook's POSTs. */
let site: NewsSite;
let dir: string;
const hooks: { path: string; body: string }[] = [];
let hookAnswer: (req: http.IncomingMessage, res: http.ServerResponse) => void = (_req, res) => res.writeHead(204).end();

before(async () => {
  site = await startNewsSite((req, res) => {
    if (req.url !== "/hook") return void res.writeHead(404).end();
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      hooks.push({ path: req.url ?? "", body });
      hookAnswer(req, res);
    });
  });
  servePages(site, [...FERRY_REPORTS, CONTRADICTING_REPORT]);
  dir = mkdtempSync(join(tmpdir(), "corroborate-watch-"));
});
after(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

function options(extra: Partial<WatchOptions> = {}): Omit<WatchOptions, "signal"> {
  return {
    everyMs: 0,
    polls: 1,
    webhooks: [`${site.base}/hook`],
    input: { fetch: { policy: site.policy }, perHostIntervalMs: 0 },
    webhook: { backoffMs: 20, timeoutMs: 300 },
    ...extra,
  };
}

const alertsOf = (out: string) => out.trim().split("\n").filter(Boolean).map((line) => JSON.parse(line) as DisputeAlert);

test("a watch stores a feed's reports, polls again with a conditional GET, and announces exactly the one new dispute; restarted, it raises none twice", async () => {
  const db = join(dir, "watch.db");
  const feedUrl = `${site.base}/feed.xml`;
  site.routes.set("/feed.xml", { type: "application/rss+xml", body: rssFeed(site.base, FERRY_REPORTS), etag: '"v1"' });

  // Two polls: the second is answered 304 Not Modified.
  const first = captureIO();
  assert.equal(await runWatch([feedUrl], db, options({ polls: 2 }), first), 0, first.err);
  assert.equal(first.out, "", "two reports that agree raise no alert");
  assert.match(first.err, /poll 1: 2 new reports, 0 new disputes/);
  assert.match(first.err, /poll 2: 0 new reports, 0 new disputes, 1 feed not modified/);
  const feedRequests = site.requests.filter((r) => r.path === "/feed.xml");
  assert.equal(feedRequests.length, 2);
  assert.equal(feedRequests[1]!.headers["if-none-match"], '"v1"');

  // The feed gains a report that puts 310 aboard where both others say 140. The watch restarts.
  site.routes.set("/feed.xml", { type: "application/rss+xml", body: rssFeed(site.base, [...FERRY_REPORTS, CONTRADICTING_REPORT]), etag: '"v2"' });
  hooks.length = 0;
  const second = captureIO();
  assert.equal(await runWatch([feedUrl], db, options(), second), 0, second.err);
  const alerts = alertsOf(second.out);
  assert.equal(alerts.length, 1, second.out);
  const [alert] = alerts as [DisputeAlert];
  assert.equal(alert.kind, "against-consensus");
  assert.equal(alert.point, "aboard");
  assert.equal(alert.report.source, `${site.base}/news/${CONTRADICTING_REPORT.slug}`);
  const sides = Object.fromEntries(alert.sides.map((side) => [side.value, side.reports.map((r) => r.quote)]));
  assert.deepEqual(Object.keys(sides).sort(), ["140", "310"]);
  assert.equal(sides["140"]!.length, 2);
  assert.ok(sides["140"]!.every((quote) => /140 passengers/.test(quote)));
  assert.match(sides["310"]![0]!, /310 passengers were aboard/);
  // The webhook got the same JSON.
  assert.equal(hooks.length, 1);
  assert.deepEqual(JSON.parse(hooks[0]!.body), alert);

  // Restarted again on the same feed: nothing is fetched twice, nothing announced twice.
  site.requests.length = 0;
  hooks.length = 0;
  const third = captureIO();
  assert.equal(await runWatch([feedUrl], db, options(), third), 0, third.err);
  assert.equal(third.out, "");
  assert.equal(hooks.length, 0);
  assert.ok(!site.requests.some((r) => r.path.startsWith("/news/")), "article pages already stored are not fetched again");
  const store = openSqliteStore(db, { create: false });
  assert.equal((await store.counts()).reports, 3);
  await store.close();
});

test("a webhook that answers 500 or hangs is retried, then given up on in one line; the watch and the store go on", async () => {
  site.routes.set("/feed-b.xml", { type: "application/rss+xml", body: rssFeed(site.base, [...FERRY_REPORTS, CONTRADICTING_REPORT]) });
  for (const [name, answer] of [
    ["500", (_req: http.IncomingMessage, res: http.ServerResponse) => res.writeHead(500).end()],
    ["hangs", () => {}],
  ] as const) {
    hookAnswer = answer;
    hooks.length = 0;
    const db = join(dir, `hook-${name}.db`);
    const io = captureIO();
    const started = Date.now();
    assert.equal(await runWatch([`${site.base}/feed-b.xml`], db, options({ webhook: { attempts: 2, backoffMs: 20, timeoutMs: 300 } }), io), 0, io.err);
    assert.ok(Date.now() - started < 10_000, "the watch does not wait long on a bad webhook");
    assert.equal(alertsOf(io.out).length, 1, `${name}: the alert is still printed`);
    assert.equal(hooks.length, 2, `${name}: tried twice`);
    const lines = io.err.split("\n").filter((line) => line.includes("webhook"));
    assert.equal(lines.length, 1, io.err);
    assert.match(lines[0]!, name === "500" ? /gave up after 2 tries \(answered 500\)/ : /gave up after 2 tries \(no answer in time\)/);
    const store = openSqliteStore(db, { create: false });
    assert.equal((await store.counts()).reports, 3, "nothing stored is lost");
    await store.close();
  }
  hookAnswer = (_req, res) => res.writeHead(204).end();
});

test("a webhook on a private address is refused under the default policy, once, without retries", async () => {
  site.routes.set("/feed-c.xml", { type: "application/rss+xml", body: rssFeed(site.base, [...FERRY_REPORTS, CONTRADICTING_REPORT]) });
  const io = captureIO();
  const webhooks = ["http://10.0.0.7/hook"];
  assert.equal(await runWatch([`${site.base}/feed-c.xml`], join(dir, "private-hook.db"), options({ webhooks }), io), 0, io.err);
  assert.match(io.err, /webhook http:\/\/10\.0\.0\.7\/hook: gave up after 1 try \(.*not on the public internet/);
});

test("watch refuses a too-short interval and a webhook that is not an http(s) URL, with exit 2", async () => {
  const fast = await runCorroborate("watch", "feed.xml", "--every", "2s");
  assert.equal(fast.code, 2);
  assert.match(fast.stderr, /poll at most every 10 seconds/);
  const ftp = await runCorroborate("watch", "feed.xml", "--webhook", "ftp://example.org/x");
  assert.equal(ftp.code, 2);
  assert.match(ftp.stderr, /a webhook is an http\(s\) URL/);
});
