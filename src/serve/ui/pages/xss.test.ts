import { test } from "node:test";
import assert from "node:assert/strict";
import { JSDOM } from "jsdom";
import { checkDocuments } from "../../../pipeline.js";
import { makeDocument } from "../../../ingest/index.js";
import { summariseStory } from "../../../report/story-list.js";
import { renderStoryPage } from "./story-page.js";
import { renderStoryListPage } from "./story-list-page.js";
import { renderAddPage } from "./add-page.js";
import { renderErrorPage } from "./error-page.js";

const SCRIPT = "<script>alert(1)</script>";
const IMG = "<img src=x onerror=alert(1)>";
const QUOTES = `"><svg onload=alert(1)> ' onclick='alert(2)`;
const PAYLOAD = `${SCRIPT} ${IMG} ${QUOTES}`;

// An invented ferry sinking told twice, with markup in the title, the text and the chrome, and
// a dispute on the destination so that every section of the story page has something to show.
const WIRE = `Ferry sinks off Port Vell, killing 14 ${SCRIPT}

A ferry carrying 120 passengers from Port Vell to Santa Lua sank on Monday, killing 14 people, the coast guard said.

Officials said ${IMG} the ferry was overloaded. "We heard a bang and then water everywhere," said passenger Marta Quell.

Rescue boats pulled 106 survivors from the water.`;
const PAPER = `Fourteen dead as ferry goes down near Port Vell

A ferry carrying 120 passengers from Port Vell to Cala Nord sank on Monday, killing 14 people, coast guard officials said.

Rescue boats pulled 106 survivors from the water, officials said. The operator's site read ${QUOTES} and javascript:alert(1) today.

Subscribe to our newsletter`;

const encode = (text: string) => new TextEncoder().encode(text);
const { stories } = await checkDocuments([makeDocument("harbour-wire.txt", encode(WIRE), "text/plain"), makeDocument("island-post.txt", encode(PAPER), "text/plain")], { budget: { secondsPerMb: 60, minSeconds: 120 } });
const aligned = stories[0]!;
// Fields the extractor fills from a page, set by hand to what a hostile page could put there.
for (const { article } of aligned.story.articles) {
  Object.assign(article, { outlet: `Outlet ${PAYLOAD}`, byline: PAYLOAD, dateline: PAYLOAD, language: PAYLOAD });
  article.removed.push({ text: PAYLOAD, rule: PAYLOAD });
  article.attributions.push({ source: PAYLOAD, kind: PAYLOAD, text: PAYLOAD });
}
const [wire, paper] = aligned.story.articles.map((a) => a.article);
wire!.source = "javascript:alert(1)";
paper!.source = `https://news.example/ferry?a=1&b="${IMG}`;
paper!.canonicalUrl = "data:text/html,<script>alert(1)</script>";

const pages: Record<string, string> = {
  story: renderStoryPage(aligned),
  list: renderStoryListPage({ stories: [{ id: `s-1"${SCRIPT}`, summary: summariseStory(aligned) }], query: PAYLOAD, total: 3 }),
  "list, no match": renderStoryListPage({ stories: [], query: PAYLOAD, total: 3 }),
  add: renderAddPage({
    maxUploadBytes: 1024,
    error: PAYLOAD,
    values: { text: `</textarea>${PAYLOAD}`, url: PAYLOAD, source: PAYLOAD },
    results: [
      { source: PAYLOAD, status: "stored", id: PAYLOAD, story: `s-2"${SCRIPT}`, headline: PAYLOAD },
      { source: PAYLOAD, status: "failed", message: PAYLOAD },
    ],
  }),
  error: renderErrorPage(404, PAYLOAD),
};

test("the hostile fixture reaches every part of the story page", () => {
  assert.equal(aligned.story.articles.length, 2);
  assert.equal(aligned.conflicts.length, 1, "a dispute");
  assert.ok(aligned.story.headline.includes(SCRIPT), "markup in the headline");
  assert.ok(aligned.story.articles.some((a) => a.article.text.includes(IMG)), "markup in the text");
});

for (const [name, markup] of Object.entries(pages)) {
  test(`${name} page: data is shown as text, never as markup`, () => {
    const { document } = new JSDOM(markup).window;
    const scripts = [...document.querySelectorAll("script")];
    assert.deepEqual(scripts.map((s) => s.getAttribute("src")), ["/assets/app.js"], "only the app script");
    assert.equal(scripts[0]!.textContent, "", "no inline script");
    assert.equal(document.querySelectorAll("img, svg, iframe, object, embed, style, base").length, 0);
    for (const element of document.querySelectorAll("*")) {
      for (const attribute of element.attributes) {
        assert.doesNotMatch(attribute.name, /^on|^style$/i, `<${element.tagName.toLowerCase()} ${attribute.name}>`);
      }
    }
    for (const link of document.querySelectorAll("[href]")) {
      assert.match(link.getAttribute("href")!, /^(?:\/|#|https?:\/\/)/, "only paths, fragments and web addresses");
    }
    assert.doesNotMatch(markup, /<script>|<img|onerror=alert\(1\)>/i);
    assert.match(document.body.textContent ?? "", /<script>alert\(1\)<\/script>/, "the payload is visible as text");
  });
}

test("a report's source is shown only when it is a web address, as a link opened apart", () => {
  const { document } = new JSDOM(pages.story!).window;
  const wireMeta = document.getElementById("r-harbour-wire")!.querySelector(".report-meta")!;
  assert.equal(wireMeta.querySelector("a"), null, "javascript: is not linked");
  assert.doesNotMatch(wireMeta.textContent ?? "", /javascript:alert\(1\)/, "a source that is no web address (a path, say) stays on the server");
  const links = [...document.getElementById("r-island-post")!.querySelectorAll(".report-meta a")];
  assert.equal(links.length, 1, "the data: canonical address is not linked");
  assert.equal(links[0]!.getAttribute("href"), new URL(`https://news.example/ferry?a=1&b="${IMG}`).href);
  assert.equal(links[0]!.getAttribute("rel"), "noopener noreferrer nofollow");
  assert.equal(links[0]!.getAttribute("target"), "_blank");
});

test("ids in links are encoded, values in form fields kept as typed", () => {
  const { document } = new JSDOM(pages.add!).window;
  assert.equal(document.querySelector(".result-story")?.getAttribute("href"), `/stories/${encodeURIComponent(`s-2"${SCRIPT}`)}`);
  assert.equal(document.querySelector("textarea#text")?.textContent, `</textarea>${PAYLOAD}`);
  assert.equal(document.querySelector("input#source")?.getAttribute("value"), PAYLOAD);
  const list = new JSDOM(pages.list!).window.document;
  assert.equal(list.querySelector("input[name=q]")?.getAttribute("value"), PAYLOAD);
});
