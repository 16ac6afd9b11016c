import { test } from "node:test";
import assert from "node:assert/strict";
import { escapeHtml, html } from "./html.js";

test("text interpolated into content is escaped", () => {
  const out = html`<p>${"<script>alert(1)</script> & more"}</p>`.toString();
  assert.equal(out, "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>");
});

test("text interpolated into a quoted attribute cannot close it, with either quote", () => {
  const payload = `x" onmouseover="alert(1)' onfocus='alert(2)`;
  const out = html`<a title="${payload}" data-x='${payload}'>t</a>`.toString();
  assert.equal(out, `<a title="x&quot; onmouseover=&quot;alert(1)&#39; onfocus=&#39;alert(2)" data-x='x&quot; onmouseover=&quot;alert(1)&#39; onfocus=&#39;alert(2)'>t</a>`);
});

test("markup from the tag is kept as is, once, and lists are joined", () => {
  const items = ["a<b", "c"].map((t) => html`<li>${t}</li>`);
  const out = html`<ul>${items}</ul>${html`<b>${"&"}</b>`}`.toString();
  assert.equal(out, "<ul><li>a&lt;b</li><li>c</li></ul><b>&amp;</b>");
});

test("nothing renders as empty and numbers as text", () => {
  assert.equal(html`[${null}${undefined}${false}${0}${12.5}]`.toString(), "[012.5]");
});

test("an object that only looks like markup is escaped: only the tag makes markup", () => {
  const forged = { markup: "<img src=x onerror=alert(1)>", toString: () => "<img src=x onerror=alert(1)>" };
  const out = html`<p>${forged as unknown as string}</p>`.toString();
  assert.equal(out, "<p>&lt;img src=x onerror=alert(1)&gt;</p>");
});

test("escapeHtml covers the five characters that matter in content and quoted attributes", () => {
  assert.equal(escapeHtml(`&<>"'`), "&amp;&lt;&gt;&quot;&#39;");
});
