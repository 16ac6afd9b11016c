/** Titles chosen among the <h1>, the declared title and <title>, with the site's own name taken off. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { chooseTitle } from "./title.js";
import { withoutSiteName } from "./site-name.js";

const sources = { declared: null, h1s: [], documentTitle: null, siteNames: [], url: null };

test("the site's name goes from either end of a title, known from og:site_name or the host", () => {
  assert.equal(withoutSiteName("Pruning pear trees in winter - Orchard Lane Growers Society", ["Orchard Lane Growers Society"], null), "Pruning pear trees in winter");
  assert.equal(withoutSiteName("Orchard Lane | Pruning pear trees in winter", ["Orchard Lane"], null), "Pruning pear trees in winter");
  assert.equal(withoutSiteName("Pruning pear trees in winter | OrchardLane.com", [], "https://www.orchardlane.com/pears"), "Pruning pear trees in winter");
  // A name in the middle of the title, or one that is only part of an end, stays.
  assert.equal(withoutSiteName("Why Orchard Lane planted pears - a report", ["Orchard Lane"], null), "Why Orchard Lane planted pears - a report");
});

test("short tails go one after another, from whichever source gives the title", () => {
  const title = chooseTitle({ ...sources, declared: "Best Pear Pruners 2026 | Top 9 Tools | Shedworks" });
  assert.equal(title, "Best Pear Pruners 2026");
  // The heading itself may carry the tails.
  assert.equal(chooseTitle({ ...sources, h1s: ["How to graft a pear | Guides | Orchard Lane Growers"] }), "How to graft a pear");
});

test("entities in a title are decoded, twice-escaped ones too", () => {
  assert.equal(chooseTitle({ ...sources, declared: "Grafting &amp;amp; Budding: A Grower&#8217;s Notes" }), "Grafting & Budding: A Grower’s Notes");
});

test("a heading that adds a date before the title gives way to the declared title", () => {
  const title = chooseTitle({ ...sources, declared: "Moving the pear bed", h1s: ["Dec 18 2025 Moving the pear bed"], documentTitle: "Moving the pear bed | Jo's notes" });
  assert.equal(title, "Moving the pear bed");
});

test("a lone heading that shares no word with <title> is the site's name, not the headline", () => {
  assert.equal(chooseTitle({ ...sources, h1s: ["Jo Marsh Notes"], documentTitle: "Grafting report #12" }), "Grafting report #12");
  assert.equal(chooseTitle({ ...sources, h1s: ["Grafting report twelve"], documentTitle: "Grafting report #12" }), "Grafting report twelve");
});

test("after a pipe, a site or section name of several words goes, and the headline before it may be short", () => {
  assert.equal(chooseTitle({ ...sources, declared: "Helping toddlers sleep | Family Guides | Riverside Children's Health Centre" }), "Helping toddlers sleep");
  assert.equal(chooseTitle({ ...sources, declared: "Night Owl | Pocket Games Store" }), "Night Owl");
  // After a dash, four words are a subtitle, and a two-word headline keeps its tail.
  assert.equal(chooseTitle({ ...sources, declared: "Pear grafting basics - tips for a first spring" }), "Pear grafting basics - tips for a first spring");
});

test("UTF-8 misread as Latin-1 in a title is mended", () => {
  assert.equal(chooseTitle({ ...sources, declared: "A Grower\u00e2\u0080\u0099s Guide to Pears" }), "A Grower’s Guide to Pears");
  assert.equal(chooseTitle({ ...sources, declared: "Crème brûlée for beginners" }), "Crème brûlée for beginners");
});

test("an <h1> that agrees with any declared title is the headline, though the first declared title rewords it", () => {
  const title = chooseTitle({
    ...sources,
    declared: "Winter Pear Care Guide",
    otherDeclared: ["Why we stopped pruning our pears in January | Orchard Lane"],
    h1s: ["Why we stopped pruning our pears in January"],
    documentTitle: "Winter Pear Care Guide",
  });
  assert.equal(title, "Why we stopped pruning our pears in January");
});

test("a declared title cut at a fixed length is completed by a source that goes on from it", () => {
  const cut = "Ask the Grower: Three Readers Send Us Their Pear Trees and We Find Each One a New Spot (With";
  const whole = `${cut} One Trick That Works Nearly Everywhere)`;
  assert.equal(chooseTitle({ ...sources, declared: cut, otherDeclared: [`${whole} - Orchard Lane`], documentTitle: `${whole} - Orchard Lane` }), whole);
  // A short title that another source extends is a headline with its tagline: it stays as it is.
  assert.equal(chooseTitle({ ...sources, declared: "Local Pear Walks", documentTitle: "Local Pear Walks - Orchard Lane Growers Of The Valley" }), "Local Pear Walks");
});

test("a heading that adds a section label or a link's source to the declared title gives way to it", () => {
  assert.equal(chooseTitle({ ...sources, declared: "A dozen pear trees for small gardens", h1s: ["Blog: A dozen pear trees for small gardens"] }), "A dozen pear trees for small gardens");
  assert.equal(chooseTitle({ ...sources, declared: "A dozen pear trees for small gardens", h1s: ["A dozen pear trees for small gardens (orchardlane.example) 41"] }), "A dozen pear trees for small gardens");
  // A year or words that are the headline's own stay: the declared title was written shorter.
  assert.equal(chooseTitle({ ...sources, declared: "Pear Pruning Price Guide", h1s: ["2026 Pear Pruning Price Guide"] }), "2026 Pear Pruning Price Guide");
  assert.equal(chooseTitle({ ...sources, declared: "Seven Pear Varieties", h1s: ["Seven Pear Varieties from the Valley Show 202"] }), "Seven Pear Varieties from the Valley Show 202");
});

test("a site's name written twice at one end goes, known from its address form", () => {
  assert.equal(withoutSiteName("Orchard Lane! Notes | OrchardLaneNotes.com - A dozen pear trees for small gardens", [], null), "A dozen pear trees for small gardens");
  assert.equal(withoutSiteName("A dozen pear trees for small gardens - Orchard Lane | orchardlane.org", ["Orchard Lane"], null), "A dozen pear trees for small gardens");
});
