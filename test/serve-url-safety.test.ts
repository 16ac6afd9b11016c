import { test, after, before } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { postJson, startTestServer, type TestServer } from "./helpers/server.js";
import type { AddressPolicy } from "../src/ingest/address-policy.js";
import { PUBLIC_ONLY } from "../src/ingest/address-policy.js";

/**
 * POST /api/reports with a URL must never reach an internal address, whether given directly,
 * through a name that resolves there, or through a redirect. A local site stands in for a public
 * one: its port alone is let through, so a redirect from it to anything else must be refused.
 */
const ARTICLE =
  "<html><head><title>Harbour ferry delayed by storm</title></head><body><article>" +
  "<p>The morning ferry from Kellport to Ansel Island left four hours late on Tuesday after a storm closed the harbour, the port authority said.</p>" +
  "<p>About 140 passengers waited in the terminal, and two crossings were cancelled, according to the operator.</p>" +
  "</article></body></html>";

const sites: http.Server[] = [];
let publicSite = 0;
let internalSite = 0;
let server: TestServer;
let guarded: TestServer;

async function site(handler: http.RequestListener): Promise<number> {
  const s = http.createServer(handler);
  sites.push(s);
  await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
  return (s.address() as AddressInfo).port;
}

/** Names the tests resolve themselves: one public-looking name that points inside. */
const resolve = async (host: string) => (host === "intranet.example" ? [{ address: "127.0.0.1", family: 4 }] : [{ address: "203.0.113.9", family: 4 }]);

before(async () => {
  let internalHits = 0;
  internalSite = await site((_req, res) => {
    internalHits++;
    res.writeHead(200, { "content-type": "text/html" }).end(ARTICLE.replace("Harbour", `Secret ${internalHits}`));
  });
  publicSite = await site((req, res) => {
    const target = new URL(req.url!, "http://x").searchParams.get("to");
    if (target) res.writeHead(302, { location: target }).end();
    else res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(ARTICLE);
  });
  const onlyPublicSite: AddressPolicy = (address, port) => (address === "127.0.0.1" ? port === publicSite : PUBLIC_ONLY(address, port));
  server = await startTestServer({ fetch: { resolve } });
  guarded = await startTestServer({ fetch: { policy: onlyPublicSite, resolve, timeoutMs: 2000 } });
});

after(async () => {
  await server.close();
  await guarded.close();
  sites.forEach((s) => s.close());
});

for (const target of ["http://127.0.0.1:{internal}/", "http://10.0.0.7/", "http://169.254.169.254/latest/meta-data/", "http://[::1]:{internal}/", "http://[::ffff:127.0.0.1]:{internal}/", "http://intranet.example:{internal}/"]) {
  test(`a URL on an internal address is refused with a 4xx: ${target}`, async () => {
    const url = target.replace("{internal}", String(internalSite));
    const { status, json } = await postJson(`${server.url}/api/reports`, { url });
    assert.ok(status >= 400 && status < 500, `status ${status}`);
    assert.equal(json.error.code, "E_URL_BLOCKED");
    assert.match(json.error.message, /internal|private|loopback|not public|refused/i);
    assert.deepEqual(await server.store.counts(), { reports: 0, stories: 0 });
  });
}

test("a URL on the public site is fetched and stored", async () => {
  const { status, json } = await postJson(`${guarded.url}/api/reports`, { url: `http://127.0.0.1:${publicSite}/news/ferry` });
  assert.equal(status, 201, JSON.stringify(json));
  assert.equal(json.status, "stored");
  assert.ok(json.story);
});

for (const target of ["http://127.0.0.1:{internal}/", "http://10.1.2.3/", "http://169.254.169.254/", "http://[::1]:{internal}/", "http://intranet.example:{internal}/"]) {
  test(`a redirect from a public site to an internal address is refused: ${target}`, async () => {
    const before = await guarded.store.counts();
    const to = encodeURIComponent(target.replace("{internal}", String(internalSite)));
    const { status, json } = await postJson(`${guarded.url}/api/reports`, { url: `http://127.0.0.1:${publicSite}/go?to=${to}` });
    assert.ok(status >= 400 && status < 500, `status ${status}`);
    assert.equal(json.error.code, "E_URL_BLOCKED");
    assert.deepEqual(await guarded.store.counts(), before);
  });
}

test("only http and https URLs are fetched", async () => {
  for (const url of ["file:///etc/passwd", "ftp://example.com/a", "gopher://127.0.0.1/", "not a url"]) {
    const { status, json } = await postJson(`${server.url}/api/reports`, { url });
    assert.equal(status, 400, url);
    assert.equal(json.error.code, "E_BAD_URL");
  }
});
