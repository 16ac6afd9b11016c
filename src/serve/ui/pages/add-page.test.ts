import { test } from "node:test";
import assert from "node:assert/strict";
import { JSDOM } from "jsdom";
import { renderAddPage } from "./add-page.js";
import { renderErrorPage } from "./error-page.js";

const render = (input: Parameters<typeof renderAddPage>[0]) => new JSDOM(renderAddPage(input)).window.document;

test("one multipart form posts the three ways to /add, each field labelled", () => {
  const page = render({ maxUploadBytes: 20 * 1024 * 1024 });
  const form = page.querySelector("form.add-form")!;
  assert.equal(form.getAttribute("method"), "post");
  assert.equal(form.getAttribute("action"), "/add");
  assert.equal(form.getAttribute("enctype"), "multipart/form-data");
  const fields = [...form.querySelectorAll("input, textarea")].map((f) => f.getAttribute("name"));
  assert.deepEqual(fields.sort(), ["files", "source", "text", "url"]);
  assert.ok(form.querySelector("input[name=files][type=file][multiple]"));
  for (const field of form.querySelectorAll("input, textarea")) {
    assert.ok(page.querySelector(`label[for="${field.id}"]`), `label for ${field.id}`);
  }
  assert.match(form.textContent ?? "", /Up to 20 MB per submission/);
  assert.equal(form.querySelectorAll("button[type=submit]").length, 1);
});

test("after a submit, each report's outcome is listed with its story", () => {
  const page = render({
    maxUploadBytes: 1024,
    results: [
      { source: "harbour-wire.txt", status: "stored", id: "harbour-wire", story: "s-ferry", headline: "Ferry sinks off Port Vell" },
      { source: "island-post.txt", status: "duplicate", id: "island-post", story: "s-ferry", headline: "Ferry sinks off Port Vell" },
      { source: "scan.pdf", status: "failed", message: "scan.pdf is binary, not text or HTML." },
    ],
  });
  const results = [...page.querySelectorAll(".result")];
  assert.deepEqual(results.map((r) => r.querySelector(".badge")?.textContent), ["Stored", "Already stored", "Failed"]);
  assert.equal(results[0]!.querySelector("a")?.getAttribute("href"), "/stories/s-ferry");
  assert.equal(results[1]!.querySelector("a")?.textContent, "Ferry sinks off Port Vell");
  assert.equal(results[2]!.querySelector("a"), null);
  assert.equal(results[2]!.querySelector(".result-message")?.textContent, "scan.pdf is binary, not text or HTML.");
});

test("the ways to add read as alternatives, not steps; a result says what changed in each story", () => {
  const form = render({ maxUploadBytes: 1024 });
  const legends = [...form.querySelectorAll(".way legend")].map((l) => l.textContent?.trim());
  assert.deepEqual(legends, ["Paste text or HTML", "or upload files", "or fetch web pages"]);
  const page = render({
    maxUploadBytes: 1024,
    results: [{ source: "harbour-wire.txt", status: "stored", id: "harbour-wire", story: "s-ferry", headline: "Ferry sinks off Port Vell" }],
    changes: [
      { story: "s-ferry", headline: "Ferry sinks off Port Vell", opened: false, reports: 3, newDisputes: ["killed"], joinedDisputes: [], newAgreed: ["aboard"], single: 2 },
      { story: "s-quake", headline: "Quake", opened: true, reports: 1, newDisputes: [], joinedDisputes: [], newAgreed: [], single: 0 },
    ],
  });
  const changes = [...page.querySelectorAll(".change")].map((li) => [
    li.querySelector(".change-head")?.textContent?.replace(/\s+/g, " ").trim(),
    ...[...li.querySelectorAll(".change-lines li")].map((line) => line.textContent),
  ]);
  assert.deepEqual(changes, [
    ["Joined Ferry sinks off Port Vell (now 3 reports)", "New disputed point: killed", "Newly agreed: aboard", "2 claims no other report makes"],
    ["Opened a new story: Quake", "No new disputed point or agreed fact"],
  ]);
  assert.equal(page.querySelector(".change a")?.getAttribute("href"), "/stories/s-ferry");
});

test("an error is announced and the typed values are kept", () => {
  const page = render({ maxUploadBytes: 1024, error: "Paste a report, choose files, or give a URL.", values: { url: "https://news.example/a", source: "desk" } });
  assert.match(page.querySelector('[role="alert"]')?.textContent ?? "", /Paste a report, choose files, or give a URL\./);
  assert.equal(page.querySelector("textarea[name=url]")?.textContent, "https://news.example/a");
  assert.equal(page.querySelector("input[name=source]")?.getAttribute("value"), "desk");
});

test("the error page gives the status, the message and a way home, in the shared layout", () => {
  const page = new JSDOM(renderErrorPage(404, "There is no story s-gone.")).window.document;
  assert.equal(page.querySelector(".error-status")?.textContent, "Error 404");
  assert.equal(page.querySelector("h1")?.textContent, "Not found");
  assert.equal(page.querySelector(".error-message")?.textContent, "There is no story s-gone.");
  assert.ok(page.querySelector('main a[href="/"]'));
  assert.equal(page.documentElement.lang, "en");
  assert.ok(page.querySelector('link[rel=stylesheet][href="/assets/app.css"]'));
  assert.ok(page.querySelector('script[defer][src="/assets/app.js"]'));
  assert.ok(page.querySelector('a.skip-link[href="#main"]'));
  assert.ok(page.querySelector('footer a[href="/api/openapi.json"]'));
});
