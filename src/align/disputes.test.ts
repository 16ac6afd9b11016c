import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeArticle } from "../analyze/index.js";
import { alignStory } from "./index.js";
import type { AlignedStory, Article, Claim } from "../types.js";

/**
 * What is disputed and what is not, on short texts written for these tests (names are invented):
 * whose a figure is and where it holds, totals beside their parts, fixed counts against running
 * tallies, and misstated small counts.
 */
function report(id: string, text: string, published: string | null = "2031-05-02"): Article {
  return { id, source: `${id}.txt`, outlet: `Outlet ${id}`, title: id, published, byline: null, dateline: null, language: "en", paragraphs: text.split("\n\n"), text, removed: [], attributions: [] };
}
const framesOf = (text: string): Claim[] => analyzeArticle(report("r", text)).claims.filter((c) => c.kind === "quantity");
const story = (...articles: Article[]): AlignedStory =>
  alignStory({ id: "s", headline: "h", articles: articles.map((a) => analyzeArticle(a)), reprintGroups: [] });
const reasons = (aligned: AlignedStory) => aligned.conflicts.map((c) => c.reason).join("; ");

test("a relative clause's figure belongs to the name it hangs on, not to a place after it", () => {
  const [touchdowns] = framesOf("The Harbour City Hawks rode the hot hand of quarterback Dale Moran, who threw for three touchdowns in Riverton.").filter((f) => f.measure === "touchdown");
  assert.match(touchdowns?.owner ?? "", /moran/);
  assert.match(touchdowns?.scope ?? "", /riverton/);
});

test("a relative clause after 'X of A and B' belongs to X, not to B", () => {
  const [offices] = framesOf("Second came the Liberty Front (LF) of Anna Berg and Piet Holm, who opened 12 regional offices.").filter((f) => f.measure === "regional office");
  assert.ok(offices?.owner, "owned");
  assert.doesNotMatch(offices.owner, /holm|berg/);
});

test("one player's touchdowns stated as two and as three are a contradiction; another player's are apart", () => {
  const aligned = story(
    report("a", "On Sunday, Dale Moran threw two touchdowns. Ivo Kass caught two touchdowns."),
    report("b", "The Hawks rode their quarterback, Dale Moran, who threw three touchdowns on Sunday."),
    report("c", "On Sunday, Dale Moran threw two touchdowns and ran for 40 yards."),
  );
  const conflict = aligned.conflicts.find((c) => /touchdown/.test(c.key));
  assert.ok(conflict, reasons(aligned));
  assert.match(conflict.key, /moran/i);
  assert.deepEqual(conflict.positions.map((p) => p.value).sort(), ["2", "3"]);
});

test("a share narrowed to a region is another subject than the national share", () => {
  const aligned = story(
    report("a", "The Civic Union won 33.6% of the vote nationwide. In Westmark, the Civic Union received almost 41%."),
    report("b", "The Civic Union won 33.6 percent of the vote, official results show."),
  );
  assert.equal(aligned.conflicts.length, 0, reasons(aligned));
  const regional = framesOf("In Westmark, the Civic Union received almost 41%.").find((f) => f.valueType === "percent");
  assert.match(regional?.scope ?? "", /westmark/);
});

test("a total beside its parts is no contradiction: 67 on both aircraft, 64 on one and three on the other", () => {
  const aligned = story(
    report("a", "All 67 people on board the two aircraft died, officials said."),
    report("b", "There were 64 people on board the jet and three soldiers on board the helicopter."),
  );
  assert.equal(aligned.conflicts.length, 0, reasons(aligned));
});

test("a fixed count given differently on two days is a contradiction, not an update", () => {
  const aligned = story(
    report("a", "Four thieves stole eight pieces of jewellery from the museum.", "2031-05-02"),
    report("b", "Seven thieves stole eight pieces of jewellery from the museum, police said.", "2031-05-03"),
  );
  assert.equal(aligned.updates.length, 0);
  const conflict = aligned.conflicts.find((c) => /perpetrator/.test(c.key));
  assert.ok(conflict, reasons(aligned));
  assert.deepEqual(conflict.positions.map((p) => p.value).sort(), ["4", "7"]);
});

test("three and 11 of one count misstate it; 600 and 146 seats count different wholes", () => {
  const small = story(report("a", "Three carriages left the tracks near the bridge."), report("b", "Eleven carriages left the tracks near the bridge."));
  assert.ok(small.conflicts.some((c) => /carriage/.test(c.key)), reasons(small));
  const large = story(report("a", "The parliament has 600 seats."), report("b", "The parliament gave the government 146 seats."));
  assert.ok(!large.conflicts.some((c) => /seat/.test(c.key)), reasons(large));
});

test("two injured counts each given beside the same toll were counted at one moment: a contradiction, not an update", () => {
  const aligned = story(
    report("a", "The army spokesman said the strikes resulted in the killing of eight people and the wounding of 35.", "2031-05-02"),
    report("b", "The army spokesman said the strikes killed eight people and injured 38 others.", "2031-05-03"),
  );
  assert.equal(aligned.updates.filter((u) => u.key === "injured").length, 0);
  const conflict = aligned.conflicts.find((c) => c.key === "injured");
  assert.ok(conflict, reasons(aligned));
  assert.deepEqual(conflict.positions.map((p) => p.value).sort(), ["35", "38"]);
});

test("where one report has a leader cast a ballot is no rival of the vote's place in another, unless two reports back one side", () => {
  const lone = story(report("a", "Chancellor Ida Brandt cast her vote in Marlow on Sunday."), report("b", "Opposition leader Karl Vent voted in Tessin on Sunday."));
  assert.ok(!lone.conflicts.some((c) => c.key === "place: vote"), reasons(lone));
  const backed = story(
    report("a", "Chancellor Ida Brandt cast her vote in Marlow on Sunday."),
    report("b", "The regional vote was held in Tessin on Sunday."),
    report("c", "Polls closed in Tessin on Sunday evening after the regional vote in Tessin."),
  );
  assert.ok(backed.conflicts.some((c) => c.key === "place: vote"), reasons(backed));
});

test("a figure after 'the party of its leader' in a list belongs to the party, not to the leader", () => {
  const [share] = framesOf("The third is the Labour Front (LF) of the current Chancellor Piet Holm - 19.4%.").filter((f) => f.valueType === "percent");
  assert.ok(share?.owner, "owned");
  assert.doesNotMatch(share.owner, /holm/);
});

test("strikes one report puts in the early hours, dated a day earlier by another, are no contradiction; daytime ones are", () => {
  const night = story(
    report("a", "The army carried out strikes on the camps in the early hours of Wednesday, May 7, officials said.", "2031-05-07"),
    report("b", "The army carried out strikes on the camps on May 6, officials said.", "2031-05-07"),
    report("c", "The army carried out strikes on the camps on May 7, a spokesman said.", "2031-05-07"),
  );
  assert.ok(!night.conflicts.some((c) => c.key.startsWith("date")), reasons(night));
  const day = story(
    report("a", "The army carried out strikes on the camps at noon on Wednesday, May 7, officials said.", "2031-05-07"),
    report("b", "The army carried out strikes on the camps on May 6, officials said.", "2031-05-07"),
  );
  assert.ok(day.conflicts.some((c) => c.key.startsWith("date")), reasons(day));
});

test("a report published years before the others tells of an earlier vote: its shares dispute nothing", () => {
  const aligned = story(
    report("a", "The Civic Union won 31.2% of the vote on Sunday, official results show.", "2031-05-02"),
    report("b", "The Civic Union took 31.2 percent of the vote, ahead of the Greens.", "2031-05-03"),
    report("c", "Officials said early on Monday that the Civic Union won 22.7% of the vote.", "2027-04-12"),
  );
  assert.equal(aligned.conflicts.length, 0, reasons(aligned));
  assert.equal(aligned.updates.length, 0, "no timeline across elections");
});

test("reports a day apart that give one party's share differently still dispute it", () => {
  const aligned = story(
    report("a", "The Civic Union won 31.2% of the vote on Sunday, official results show.", "2031-05-02"),
    report("b", "The Civic Union took 31.2 percent of the vote, ahead of the Greens.", "2031-05-03"),
    report("c", "Officials said on Monday that the Civic Union won 22.7% of the vote.", "2031-05-03"),
  );
  assert.ok(aligned.conflicts.some((c) => /share/.test(c.key)), reasons(aligned));
});

test("counts of what two objects are made of are no rivals: a tiara's pearls and a necklace's pearls", () => {
  const aligned = story(
    report("a", "Thieves took a silver tiara featuring 410 pearls and 25 rubies from the Halden Museum on Sunday."),
    report("b", "A necklace adorned with bows and more than 900 pearls was also taken from the Halden Museum on Sunday."),
    report("c", "The stolen necklace consists of 900 pearls set in gold, the Halden Museum said on Sunday."),
    report("d", "The tiara is set with 25 rubies, and nearly 1,200 pearls, the Halden Museum said on Sunday."),
  );
  assert.equal(aligned.conflicts.length, 0, reasons(aligned));
  const pearls = framesOf("The stolen tiara features 410 pearls.").find((f) => f.measure === "pearl");
  assert.equal(pearls?.comparable, false);
  const guards = framesOf("A tiara featuring 410 pearls was stolen, and police arrested four guards.").find((f) => f.measure === "guard");
  assert.notEqual(guards?.comparable, false, "a count after another verb is the event's");
});

test("a count of thieves stated differently is still disputed", () => {
  const aligned = story(
    report("a", "Four thieves took a silver tiara from the Halden Museum on Sunday, police said."),
    report("b", "Seven thieves took a silver tiara from the Halden Museum on Sunday, police said."),
  );
  assert.ok(aligned.conflicts.some((c) => /perpetrator/.test(c.key)), reasons(aligned));
});

test("a share the sentence dates to an earlier vote is no figure of this one: it is a figure of that year", () => {
  const shares = (text: string) => framesOf(text).filter((f) => /%|percent/.test(f.display)).map((f) => `${f.key}=${f.display}`);
  assert.deepEqual(shares("Turnout reached 81.3 percent, more than 5 points higher than 76.2 percent in 2027."), ["turnout=81.3 percent"]);
  assert.deepEqual(shares("The Civic Union took 31.2 percent, well above the 22.7 percent four years ago."), ["share=31.2 percent", "share (2027)=22.7 percent"]);
  assert.deepEqual(shares("The Greens won 9.4% (2027: 12.5%) of the vote.").filter((s) => s.startsWith("share=")), ["share=9.4%"]);
  assert.deepEqual(shares("The Greens won 9.4% of the vote in 2031."), ["share=9.4%"], "the year of the report dates this vote");
  const undated = (text: string) => analyzeArticle(report("r", text, null)).claims.map((c) => c.display).filter((d) => /percent/.test(d));
  assert.deepEqual(undated("Turnout reached 81.3 percent, higher than 76.2 percent in 2027."), ["81.3 percent"], "a baseline needs no publish date");
  const aligned = story(
    report("a", "The Civic Union won 31.2% of the vote on Sunday, up from 22.7% in 2027, official results show."),
    report("b", "The Civic Union took 31.2 percent, well above the 22.7 percent it won four years ago."),
  );
  assert.equal(aligned.conflicts.length + aligned.updates.length, 0, reasons(aligned));
  const earlier = aligned.facts.find((f) => f.key.startsWith("share (2027)"));
  assert.equal(earlier?.value, "22.7");
  assert.equal(earlier?.status, "corroborated", "two reports of the last result agree on it");
});

test("a list of seats after one party's ('the Liberty Front — 147') gives each party its seats, and one party's seats stated differently are disputed", () => {
  const seats = framesOf("Under the results, the Civic Union will receive 214 seats, the Liberty Front — 147, the Labour Party — 118, and the Greens — 91.")
    .filter((f) => f.measure === "seat").map((f) => `${f.owner}=${f.value}`);
  assert.equal(seats.length, 4, seats.join(", "));
  assert.ok(seats.some((s) => /liberty|liberti/.test(s) && s.endsWith("=147")), seats.join(", "));
  const aligned = story(
    report("a", "Under the results, the Civic Union will receive 214 seats, the Liberty Front — 147, and the Greens — 91."),
    report("b", "Officials said the Liberty Front will receive 149 seats. The Civic Union will receive 214 seats."),
  );
  const conflict = aligned.conflicts.find((c) => /seat/.test(c.key));
  assert.ok(conflict, reasons(aligned));
  assert.deepEqual(conflict.positions.map((p) => p.value).sort(), ["147", "149"]);
});

test("numbers after a dash that follow an unowned total are no list of owners", () => {
  const seats = framesOf("The chamber has 600 seats — Westmark — 40 of them.").filter((f) => f.rule === "FRAME_BREAKDOWN");
  assert.deepEqual(seats, []);
});

test("counts each rival side claims are two claims; one side's count quoted differently contradicts", () => {
  const apart = story(
    report("a", "Westmark's army said it struck camps at eleven locations in Ostria on Friday."),
    report("b", "Ostria's defence ministry said Westmark attacked seven locations on Friday."),
  );
  assert.equal(apart.conflicts.filter((c) => /location/.test(c.key)).length, 0, reasons(apart));
  const misquoted = story(
    report("a", "Ostria's defence ministry said Westmark attacked eleven locations on Friday."),
    report("b", "Ostria's defence ministry said Westmark attacked seven locations on Friday."),
  );
  assert.ok(misquoted.conflicts.some((c) => /location/.test(c.key)), reasons(misquoted));
});

test("an event one report places in three towns happened in several: another report's town is no rival", () => {
  const several = story(
    report("a", "A freight train derailed near Farrowby on Monday. A second train derailed outside Kesselton. A third train derailed near Ostby."),
    report("b", "A freight train derailed near Dunmere on Monday."),
    report("c", "On Monday a goods train derailed near Dunmere."),
  );
  assert.equal(several.conflicts.filter((c) => c.kind === "place").length, 0, reasons(several));
  const one = story(
    report("a", "A freight train derailed near Farrowby on Monday."),
    report("b", "A freight train derailed near Dunmere on Monday."),
    report("c", "On Monday a goods train derailed near Dunmere."),
    report("d", "The freight train derailed on Monday near Farrowby."),
  );
  assert.ok(one.conflicts.some((c) => c.kind === "place"), reasons(one));
});

test("a count beside 'two more' of its noun under another outcome is a part: a figure up to their sum is no rival", () => {
  const taken = (n: string) => story(
    report("a", "Burglars broke into the Halvor Gallery on Sunday and stole six paintings. Two more paintings were dropped by the burglars and were recovered near the gallery."),
    report("b", `It took the burglars ten minutes to take ${n} paintings from the Halvor Gallery on Sunday.`),
  );
  const within = taken("seven");
  assert.equal(within.conflicts.filter((c) => /^painting$/.test(c.key)).length, 0, reasons(within));
  const beyond = taken("eleven");
  assert.ok(beyond.conflicts.some((c) => /^painting$/.test(c.key)), reasons(beyond));
});

test("display cases smashed are a fixed count: two undated reports that give them differently dispute them", () => {
  const aligned = story(
    report("a", "The robbers broke open three glass display cases at the Halden Museum on Sunday.", null),
    report("b", "Police said the robbers broke open three glass display cases at the Halden Museum.", null),
    report("c", "The robbers took jewels from six glass display cases at the Halden Museum, police said.", null),
  );
  assert.equal(aligned.updates.length, 0);
  assert.ok(aligned.conflicts.some((c) => /display case/.test(c.key)), reasons(aligned));
});

test("two groups of a toll that moved opposite ways between undated reports are misstated, not two counts", () => {
  const aligned = story(
    report("a", "In Marlow the dead include 41 adults and 24 children, officials said.", null),
    report("b", "Among the dead in Marlow were 33 children and 29 adults, officials said.", null),
  );
  const keys = aligned.conflicts.map((c) => c.key).sort();
  assert.deepEqual(keys, ["killed: adult", "killed: child"], reasons(aligned));
  // Both groups higher in one report are two counts of the toll.
  const grown = story(
    report("a", "In Marlow the dead include 41 adults and 24 children, officials said.", null),
    report("b", "Among the dead in Marlow were 33 children and 44 adults, officials said.", null),
  );
  assert.equal(grown.conflicts.length, 0, reasons(grown));
});

test("undated reports that give other parties' shares alike read one count: a third party's share stated differently is disputed", () => {
  const aligned = story(
    report("a", "The Civic Union won 31.2% of the vote. The Farmers' League took 18.4%. The Greens won 11.2%.", "2031-05-02"),
    report("b", "The Civic Union won 31.2 percent. The Farmers' League took 18.4 percent. The Greens won 13.9 percent.", null),
  );
  assert.equal(aligned.updates.length, 0);
  assert.ok(aligned.conflicts.some((c) => /share/.test(c.key) && /gren/.test(c.key)), reasons(aligned));
  // Only one other party alike is not enough to tell one count from two.
  const drift = story(
    report("a", "The Civic Union won 31.2% of the vote. The Greens won 11.2%.", "2031-05-02"),
    report("b", "The Civic Union won 31.2 percent. The Greens won 13.9 percent.", null),
  );
  assert.equal(drift.conflicts.length, 0, reasons(drift));
});

test("a toll two reports give as said on the same weekday was given at one moment: a different figure is disputed", () => {
  const said = (day: string) =>
    story(
      report("a", "The Alder Lake camp said on Monday that it was mourning the loss of 12 campers after the storm.", null),
      report("b", `The camp confirmed ${day} that it was mourning the loss of 15 campers.`, null),
    );
  const aligned = said("Monday");
  assert.equal(aligned.updates.length, 0);
  assert.ok(aligned.conflicts.some((c) => /killed/.test(c.key)), reasons(aligned));
  const later = said("Wednesday");
  assert.equal(later.conflicts.length, 0, reasons(later));
  assert.equal(later.updates.length, 1);
});

test("a report that gives the others' toll and, plainly, one more toll of its own contradicts itself and them", () => {
  const aligned = story(
    report("a", "The ferry sank off Carrow Point on Friday, killing 41 people.", "2031-05-02"),
    report("b", "Mourners gathered for the 41 people killed when the ferry sank off Carrow Point.", "2031-05-04"),
    report("c", "Divers are searching the wreck. All 52 people on board the ferry were killed.\n\nThe 41 people killed in the sinking included six crew.", "2031-05-05"),
  );
  const conflict = aligned.conflicts.find((c) => c.key === "killed");
  assert.ok(conflict, reasons(aligned));
  assert.deepEqual(conflict.positions.map((p) => p.value).sort(), ["41", "52"]);
  // A figure the report sets at another moment is a step of the toll, not a misstatement.
  const earlier = story(
    report("a", "The ferry sank off Carrow Point on Friday, killing 41 people.", "2031-05-02"),
    report("c", "Officials initially said 37 people were killed.\n\nThe 41 people killed in the sinking included six crew.", "2031-05-05"),
  );
  assert.equal(earlier.conflicts.length, 0, reasons(earlier));
});

test("a smaller figure beside a report's toll may be a part of it: no contradiction", () => {
  const aligned = story(
    report("a", "Seven people were killed when the river flooded the village on Friday.", "2031-05-02"),
    report("b", "A funeral was held for the seven people killed in the flood.\n\nNeighbours asked why the ford, where a family of four died, had no barrier.", "2031-05-03"),
  );
  assert.equal(aligned.conflicts.length, 0, reasons(aligned));
});
