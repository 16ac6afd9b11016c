import { test } from "node:test";
import assert from "node:assert/strict";
import { HostPacer } from "./host-pacer.js";

test("requests to one host are spaced by the interval, in call order; other hosts do not wait", async () => {
  const pacer = new HostPacer(150);
  const started = Date.now();
  const done: [string, number][] = [];
  const wait = (url: string) => pacer.wait(url).then(() => void done.push([url, Date.now() - started]));
  await Promise.all([wait("http://a.example/1"), wait("http://a.example/2"), wait("http://b.example/1"), wait("http://a.example/3")]);
  const a = done.filter(([url]) => url.startsWith("http://a.")).map(([, at]) => at);
  assert.deepEqual(done.filter(([url]) => url.startsWith("http://a.")).map(([url]) => url), ["http://a.example/1", "http://a.example/2", "http://a.example/3"]);
  assert.ok(a[1]! >= 145 && a[2]! >= 295, `a at ${a.join(", ")} ms`);
  assert.ok(done.find(([url]) => url.startsWith("http://b."))![1] < 100, "another host is not held up");
});
