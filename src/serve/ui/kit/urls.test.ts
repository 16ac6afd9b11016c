import { test } from "node:test";
import assert from "node:assert/strict";
import { fragment, httpUrl, sentenceAnchor, storyPath } from "./urls.js";

test("only http and https addresses are linkable", () => {
  assert.equal(httpUrl("https://news.example/a?b=1"), "https://news.example/a?b=1");
  assert.equal(httpUrl("http://news.example/"), "http://news.example/");
  for (const address of ["javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<b>x</b>", "/etc/passwd", "examples/a.txt", "stdin", "", null]) {
    assert.equal(httpUrl(address), null, String(address));
  }
});

test("ids in paths and fragments are percent-encoded", () => {
  assert.equal(storyPath("s-1/../x?y"), "/stories/s-1%2F..%2Fx%3Fy");
  assert.equal(fragment(sentenceAnchor("https://a.example/x y", 3)), "#r-https%3A%2F%2Fa.example%2Fx%20y-s3");
  assert.equal(fragment(sentenceAnchor("steppe-wire", 0)), "#r-steppe-wire-s0");
});
