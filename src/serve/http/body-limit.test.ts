import { test } from "node:test";
import assert from "node:assert/strict";
import { Hono, type Context } from "hono";
import { limitBody } from "./body-limit.js";

/** A request that notes whether anything asked for its body stream. */
class WatchedRequest extends Request {
  streamAsked = false;
  override get body(): Request["body"] {
    this.streamAsked = true;
    return super.body;
  }
}

function app(maxSize: number): Hono {
  const routes = new Hono();
  routes.post("*", limitBody(maxSize, (c: Context) => c.text("too large", 413)));
  routes.post("/echo", async (c) => c.text(await c.req.text()));
  return routes;
}

test("a body of declared length is judged by its header, its stream left unread for the route", async () => {
  const small = new WatchedRequest("http://localhost/echo", { method: "POST", body: "ferry times", headers: { "content-length": "11" } });
  const answer = await app(16).fetch(small);
  assert.equal(answer.status, 200);
  assert.equal(await answer.text(), "ferry times");
  assert.equal(small.streamAsked, false);

  const big = new WatchedRequest("http://localhost/echo", { method: "POST", body: "the whole ferry timetable", headers: { "content-length": "25" } });
  assert.equal((await app(16).fetch(big)).status, 413);
  assert.equal(big.streamAsked, false);
});

test("a body without a declared length is counted as it is read", async () => {
  const stream = (text: string) => new ReadableStream({ start: (c) => (c.enqueue(new TextEncoder().encode(text)), c.close()) });
  const post = (text: string) => new Request("http://localhost/echo", { method: "POST", body: stream(text), duplex: "half" } as RequestInit);
  const refused = await app(16).fetch(post("the whole ferry timetable"));
  assert.equal(refused.status, 413);
  const answered = await app(16).fetch(post("ferry times"));
  assert.equal(answered.status, 200);
  assert.equal(await answered.text(), "ferry times");
});
