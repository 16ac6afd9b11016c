import { test, after } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { fetchReport } from "./fetch-url.js";
import type { AddressPolicy } from "./address-policy.js";
import { isCorroborateError } from "../errors.js";

/**
 * Test servers listen on loopback only. The default policy refuses loopback, so the tests use a
 * policy that lets exactly one port through: the server standing in for a public site. Every other
 * address stays refused, which is what the redirect tests check. No traffic leaves this machine.
 */
const servers: http.Server[] = [];
async function serve(handler: http.RequestListener): Promise<number> {
  const server = http.createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}
after(() => servers.forEach((s) => s.close()));

const PAGE = "<html><head><title>Harbour news</title></head><body><article><p>The ferry left late on Tuesday.</p></article></body></html>";
const onlyPort = (port: number): AddressPolicy => (address, p) => address === "127.0.0.1" && p === port;

async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    assert.ok(isCorroborateError(error), String(error));
    return { code: error.code, message: error.message };
  }
  assert.fail("expected a refusal");
}

test("a page is fetched with its charset, and its id and source are the URL", async () => {
  const port = await serve((_req, res) => res.writeHead(200, { "content-type": "text/html; charset=windows-1251" }).end(PAGE));
  const url = `http://127.0.0.1:${port}/news/ferry`;
  const doc = await fetchReport(url, { policy: onlyPort(port) });
  assert.equal(doc.source, url);
  assert.equal(doc.id, url);
  assert.equal(doc.contentType, "text/html");
  assert.equal(doc.declaredCharset, "windows-1251");
  assert.match(new TextDecoder().decode(doc.bytes), /ferry left late/);
});

test("the default policy refuses loopback, private, link-local and IPv6 internal addresses before connecting", async () => {
  for (const url of ["http://127.0.0.1/", "http://10.0.0.5/", "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://[::ffff:127.0.0.1]/", "http://0x7f000001/", "http://2130706433/", "http://192.168.0.10:8080/"]) {
    const { code } = await refusal(fetchReport(url));
    assert.equal(code, "E_URL_BLOCKED", url);
  }
});

test("a name that resolves to an internal address is refused", async () => {
  const resolve = async () => [{ address: "10.1.2.3", family: 4 }];
  const { code, message } = await refusal(fetchReport("http://news.example/", { resolve }));
  assert.equal(code, "E_URL_BLOCKED");
  assert.match(message, /not on the public internet \(10\.1\.2\.3\)/);
  const mixed = async () => [{ address: "93.184.216.34", family: 4 }, { address: "127.0.0.1", family: 4 }];
  assert.equal((await refusal(fetchReport("http://news.example/", { resolve: mixed }))).code, "E_URL_BLOCKED");
});

test("a redirect to an internal address is refused, also by name and in IPv6 form", async () => {
  const internal = await serve((_req, res) => res.end(PAGE));
  for (const target of [`http://127.0.0.1:${internal}/`, "http://10.0.0.1/", "http://[::1]/", "http://localhost/"]) {
    const port = await serve((_req, res) => res.writeHead(302, { location: target }).end());
    const { code } = await refusal(fetchReport(`http://127.0.0.1:${port}/`, { policy: onlyPort(port) }));
    assert.equal(code, "E_URL_BLOCKED", target);
  }
});

test("redirects within the allowed site are followed, up to a limit", async () => {
  let hits = 0;
  const port = await serve((req, res) => {
    hits++;
    if (req.url === "/final") res.writeHead(200, { "content-type": "text/html" }).end(PAGE);
    else if (req.url === "/loop") res.writeHead(301, { location: "/loop" }).end();
    else res.writeHead(301, { location: "/final" }).end();
  });
  const doc = await fetchReport(`http://127.0.0.1:${port}/start`, { policy: onlyPort(port) });
  assert.match(new TextDecoder().decode(doc.bytes), /Harbour news/);
  const { message } = await refusal(fetchReport(`http://127.0.0.1:${port}/loop`, { policy: onlyPort(port), maxRedirects: 3 }));
  assert.match(message, /more than 3 redirects/);
  assert.ok(hits >= 6);
});

test("only http(s), web pages and text, within size and time limits", async () => {
  assert.equal((await refusal(fetchReport("file:///etc/passwd"))).code, "E_BAD_URL");
  assert.equal((await refusal(fetchReport("ftp://example.com/x"))).code, "E_BAD_URL");
  assert.equal((await refusal(fetchReport("not a url"))).code, "E_BAD_URL");
  const image = await serve((_req, res) => res.writeHead(200, { "content-type": "image/png" }).end(Buffer.alloc(10)));
  assert.equal((await refusal(fetchReport(`http://127.0.0.1:${image}/`, { policy: onlyPort(image) }))).code, "E_UNSUPPORTED_TYPE");
  const huge = await serve((_req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.write("x".repeat(4096));
    res.end("y".repeat(4096));
  });
  assert.equal((await refusal(fetchReport(`http://127.0.0.1:${huge}/`, { policy: onlyPort(huge), maxBytes: 5000 }))).code, "E_TOO_LARGE");
  const slow = await serve(() => {});
  assert.match((await refusal(fetchReport(`http://127.0.0.1:${slow}/`, { policy: onlyPort(slow), timeoutMs: 200 }))).message, /timed out/);
  const missing = await serve((_req, res) => res.writeHead(404).end());
  assert.match((await refusal(fetchReport(`http://127.0.0.1:${missing}/`, { policy: onlyPort(missing) }))).message, /answered 404/);
});
