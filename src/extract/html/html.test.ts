/** HTML pages through extractArticle: invented pages in our own words. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "../index.js";
import { CorroborateError } from "../../errors.js";
import type { RawDocument } from "../../types.js";

const P1 = "Heavy rain flooded the lower town of Marlow Creek on Tuesday night, forcing about 400 residents to leave their homes before dawn. The river rose two metres in six hours.";
const P2 = "The regional fire service said three people were taken to hospital with minor injuries and that no one was missing by Wednesday morning, according to the Valley Herald.";
const P3 = "Engineers will inspect the old stone bridge over the creek once the water falls. The mayor said repairs could take the whole winter and would be paid for by the region.";
const P4 = "Schools in the valley stay closed until Friday, and the bus company has suspended its two river routes for the rest of the week while the roads are cleared of mud.";

const PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Flood forces hundreds from homes | Valley Herald</title>
  <meta property="og:site_name" content="Valley Herald">
  <meta property="og:title" content="Flood forces hundreds from homes">
  <meta property="article:published_time" content="2025-10-08T06:30:00+01:00">
  <meta name="author" content="Maria Lindqvist">
  <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Flood forces hundreds from homes","datePublished":"2025-10-08T06:30:00+01:00","publisher":{"@type":"Organization","name":"Valley Herald"}}</script>
  <style>body { font-family: serif; }</style>
</head>
<body>
  <nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li><li><a href="/sport">Sport</a></li></ul></nav>
  <header><div class="masthead">Valley Herald</div></header>
  <main>
    <article>
      <h1>Flood forces hundreds from homes</h1>
      <p class="byline">By Maria Lindqvist</p>
      <p>${P1}</p>
      <p>${P2}</p>
      <div class="ad">Advertisement</div>
      <h2>What happens to the bridge now</h2>
      <p>${P3}</p>
      <p>${P4.replace("the bus company", "the <b>bus company</b>")}</p>
      <p>Share this article</p>
    </article>
    <aside class="related"><h3>Related</h3><ul><li><a href="/a">Harbour workers vote on contract</a></li><li><a href="/b">Council delays budget vote</a></li></ul></aside>
  </main>
  <footer><p>© 2025 Valley Herald. All rights reserved.</p><p><a href="/privacy">Privacy Policy</a> | <a href="/terms">Terms of Use</a></p></footer>
  <script>window.tracking = true;</script>
</body>
</html>`;

const html = (page: string, extra: Partial<RawDocument> = {}): RawDocument =>
  ({ id: "page", source: "pages/flood.html", bytes: new TextEncoder().encode(page), contentType: "text/html", fetchedAt: "", ...extra });

function assertNoText(doc: RawDocument): void {
  assert.throws(() => extractArticle(doc), (error: unknown) => {
    assert.ok(error instanceof CorroborateError);
    assert.equal(error.code, "E_NO_TEXT");
    assert.equal(error.stage, "extract");
    assert.match(error.message, /pages\/flood\.html/);
    return true;
  });
}

test("an HTML article: body paragraphs, sub-heading, metadata; no menus, ads, prompts, related list or footer", () => {
  const article = extractArticle(html(PAGE));
  assert.deepEqual(article.paragraphs, [P1, P2, "What happens to the bridge now", P3, P4]);
  assert.equal(article.text, article.paragraphs.join("\n\n"));
  assert.equal(article.title, "Flood forces hundreds from homes");
  assert.equal(article.published, "2025-10-08");
  assert.equal(article.outlet, "Valley Herald");
  assert.equal(article.byline, "Maria Lindqvist");
  assert.equal(article.language, "en");
  assert.doesNotMatch(article.text, /Advertisement|Share this|Harbour workers|Privacy|window\.tracking|font-family/);
  assert.ok(article.attributions.some((a) => a.source === "Valley Herald" && a.kind === "according-to"));
});

test("metadata fallbacks: <time datetime> and a title without site name", () => {
  const page = `<html><head><title>Bridge closed after flood</title></head><body><article>
    <h1>Bridge closed after flood</h1><time datetime="2025-10-09">9 October</time><p>${P1}</p><p>${P3}</p><p>${P4}</p></article></body></html>`;
  const article = extractArticle(html(page));
  assert.equal(article.published, "2025-10-09");
  assert.equal(article.title, "Bridge closed after flood");
  assert.deepEqual(article.paragraphs, [P1, P3, P4]);
});

test("HTML sent as text/plain is recognised by its doctype", () => {
  const article = extractArticle(html(PAGE, { contentType: "text/plain" }));
  assert.equal(article.title, "Flood forces hundreds from homes");
  assert.ok(!article.text.includes("<p>"));
});

test("a windows-1251 page declared by <meta charset> is decoded and detected as Russian", () => {
  const text = "Сильный дождь затопил нижнюю часть города в ночь на среду. Около четырёхсот жителей покинули свои дома до рассвета. " +
    "Пожарные сообщили, что трое пострадавших доставлены в больницу с лёгкими травмами, пропавших без вести нет.";
  const page = `<html><head><meta charset="windows-1251"><title>Наводнение</title></head><body><article><p>${text}</p><p>${text}</p></article></body></html>`;
  const decoder = new TextDecoder("windows-1251");
  const byChar = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) byChar.set(decoder.decode(Uint8Array.of(byte)), byte);
  const bytes = Uint8Array.from([...page].map((char) => byChar.get(char) ?? 0x3f));
  const article = extractArticle(html(page, { bytes }));
  assert.equal(article.language, "ru");
  assert.equal(article.paragraphs[0], text);
});

test("broken HTML does not crash", () => {
  const broken = `<html><body><div><p>${P1}<p>${P2}<div><span>${P3}</p></b></i><table><tr><td>${P4}</body>`;
  const article = extractArticle(html(broken));
  for (const paragraph of [P1, P2, P3, P4]) assert.ok(article.text.includes(paragraph), paragraph.slice(0, 40));
  const fragment = extractArticle(html(`<p>${P1}</p><p>${P2}</p><p>${P3}`));
  assert.ok(fragment.text.includes(P2));
  const unclosed = extractArticle(html(`<html><head><title>x</title><body><article><p>${P1}<p>${P2}<!-- never closed`));
  assert.ok(unclosed.text.includes(P1));
});

test("a page with no article fails with E_NO_TEXT", () => {
  assertNoText(html(`<html><head><title>Home</title></head><body><nav><a href="/">Home</a> | <a href="/x">Sport</a></nav><script>var x = 1;</script></body></html>`));
  assertNoText(html("<html><body></body></html>"));
  assertNoText(html("<!DOCTYPE html><html><head><title>Loading</title><script>location.href='/app'</script></head></html>"));
});

test("an embedded post inside a wrapper named like chrome is kept; a data table's rows are kept whatever their class", () => {
  const tweet = "The water reached the church steps this morning, the highest since 1987.";
  const rows = ["1 Harbour Rowing Club 42 points", "2 Old Mill Rovers 39 points", "3 Chapel Road Athletic 35 points"];
  const page = `<html><body><article><h1>Flood forces hundreds from homes</h1>
    <p>${P1}</p>
    <div class="social-media-embed"><blockquote class="twitter-tweet"><p>${tweet}</p>— River Watch (@riverwatch) October 8, 2025</blockquote></div>
    <p>${P2}</p><p>${P3}</p>
    <p>League standings after the postponed round:</p>
    <table><tbody>${rows.map((row, i) => `<tr class="team-row player-${i}"><td>${row}</td></tr>`).join("")}</tbody></table>
    <p>${P4}</p></article>
    <div class="video-player"><p>Watch: the flood from the air</p></div></body></html>`;
  const article = extractArticle(html(page));
  assert.ok(article.text.includes(tweet), "embedded post kept");
  for (const row of rows) assert.ok(article.text.includes(row), `row kept: ${row}`);
  assert.ok(!article.text.includes("Watch: the flood from the air"));
});

test("teaser cards of other stories (headline link, author, date, snippet) are not body", () => {
  const card = (n: number) => `<li><div class="card"><h5><a href="/s${n}">Ferry operator adds a second boat number ${n}</a></h5>
    <div class="meta"><div>Jon Berg</div><div><time datetime="2025-10-07">October 7, 2025</time></div></div>
    <div class="summary">The operator said the new boat would double the winter crossings from the old pier.</div></div></li>`;
  const page = `<html><body><article><h1>Flood forces hundreds from homes</h1><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P4}</p></article>
    <section><h3>More opinion</h3><ul>${[1, 2, 3, 4].map(card).join("")}</ul></section></body></html>`;
  const article = extractArticle(html(page));
  assert.ok(article.text.includes(P4));
  assert.ok(!article.text.includes("double the winter crossings"), "teaser snippet kept");
});

test("a body streamed in a hidden React segment (<div hidden id=\"S:2\">) is the article; other hidden boxes are not", () => {
  const html = `<!DOCTYPE html><html><head><title>Flood forces hundreds from homes</title></head><body>
    <main><div class="promo">Subscribe today for full access.</div><!--$?--><template id="B:1"></template><!--/$--></main>
    <div hidden id="S:2"><article><h1>Flood forces hundreds from homes</h1><p>${P1}</p><p>${P2}</p><p>${P3}</p></article></div>
    <div hidden><p>${P4}</p></div>
    <script>$RC("B:1","S:2")</script></body></html>`;
  const article = extractArticle({ id: "s", source: "s.html", bytes: new TextEncoder().encode(html), contentType: "text/html", fetchedAt: "" });
  assert.deepEqual(article.paragraphs, [P1, P2, P3]);
});

test("the language is detected only when read, and then once", () => {
  const article = extractArticle({ id: "l", source: "l.html", bytes: new TextEncoder().encode(PAGE), contentType: "text/html", fetchedAt: "" });
  assert.equal(Object.getOwnPropertyDescriptor(article, "language")?.get !== undefined, true);
  assert.equal(article.language, "en");
  assert.equal(JSON.parse(JSON.stringify(article)).language, "en");
});
