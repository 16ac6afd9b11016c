import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeArticle } from "../analyze/index.js";
import { alignStory } from "./index.js";
import type { AlignedStory, Article, Fact } from "../types.js";

/**
 * Owners across reports, on short texts written for these tests (parties, people and figures are
 * invented): one owner named by a short name, a full name, a descriptor or a surname lines up as
 * one fact; two owners stay apart.
 */
function report(id: string, text: string): Article {
  return { id, source: `${id}.txt`, outlet: `Outlet ${id}`, title: id, published: "2031-03-02", byline: null, dateline: null, language: "en", paragraphs: text.split("\n\n"), text, removed: [], attributions: [] };
}
const story = (...articles: Article[]): AlignedStory =>
  alignStory({ id: "s", headline: "h", articles: articles.map((a) => analyzeArticle(a)), reprintGroups: [] });
const factsOf = (aligned: AlignedStory, value: string): Fact[] => aligned.facts.filter((f) => f.kind === "quantity" && f.value === value);
const reportsBehind = (fact: Fact) => [...new Set(fact.support.map((e) => e.article))].sort();

test("a short name a report defines in brackets is the full name in every report, however that report spells it", () => {
  const aligned = story(
    report("a", "The AfW won 23.4 percent of the vote."),
    report("b", "The far-right Alliance of Citizens for Westmark (AfW), led by Ana Ruiz, came second with 23.4%."),
    report("c", "The Alliance of Citizens for Westmark (AdW) reached 23.4 percent."),
    report("d", "The AdW reached 23.4 percent."),
  );
  const shares = factsOf(aligned, "23.4");
  assert.equal(shares.length, 1, shares.map((f) => f.key).join("; "));
  assert.deepEqual(reportsBehind(shares[0]!), ["a", "b", "c", "d"]);
  assert.equal(shares[0]!.key, "share: Alliance of Citizens for Westmark", "named as the report wrote the full name");
});

test("a surname alone and a name with a descriptor in front are the full name", () => {
  const aligned = story(
    report("a", "Rookie Tomas Vidrek returned the interception 41 yards for a touchdown, and Vidrek was mobbed."),
    report("b", "Tomas Vidrek returned it 41 yards for a score, and Vidrek later added a sack."),
    report("c", "Ivo Kass returned a punt 12 yards, and Kass later fumbled."),
  );
  const yards = factsOf(aligned, "41");
  assert.equal(yards.length, 1, yards.map((f) => f.key).join("; "));
  assert.deepEqual(reportsBehind(yards[0]!), ["a", "b"]);
  assert.match(yards[0]!.key, /vidrek/i);
  assert.match(factsOf(aligned, "12")[0]?.key ?? "", /kass/i, "another player's yards stay his");
});

test("two different parties' shares stay apart, with no dispute between them", () => {
  const aligned = story(
    report("a", "The Civic Alliance (CA) won 23.4% of the vote. The Rural Party reached 11.2%."),
    report("b", "The CA reached 23.4 percent, while the Rural Party won 11.2 percent."),
  );
  const civic = factsOf(aligned, "23.4");
  const rural = factsOf(aligned, "11.2");
  assert.equal(civic.length, 1);
  assert.equal(rural.length, 1);
  assert.notEqual(civic[0]!.key, rural[0]!.key);
  assert.deepEqual(reportsBehind(civic[0]!), ["a", "b"]);
  assert.equal(aligned.conflicts.length, 0, aligned.conflicts.map((c) => c.key).join("; "));
});

test("a party named with or without its head word, or in the plural, is one owner", () => {
  const aligned = story(
    report("a", "The Foresters reached 9.7 percent, their best result."),
    report("b", "The Forester Party won 9.7% of the vote."),
  );
  const shares = factsOf(aligned, "9.7");
  assert.equal(shares.length, 1, shares.map((f) => f.key).join("; "));
  assert.deepEqual(reportsBehind(shares[0]!), ["a", "b"]);
  const democrats = story(
    report("c", "The Technocrats won 17.3% of the vote."),
    report("d", "The Technocratic Party reached 17.3 percent."),
  );
  assert.deepEqual(reportsBehind(factsOf(democrats, "17.3")[0]!), ["c", "d"]);
});

test("a measure with its gerund after the noun is the measure with it before", () => {
  const aligned = story(
    report("a", "Quarterback Tom Briar finished with 58 yards rushing and a touchdown."),
    report("b", "Tom Briar ran for 58 rushing yards on Sunday, and Briar also threw a touchdown."),
  );
  const yards = factsOf(aligned, "58");
  assert.equal(yards.length, 1, yards.map((f) => f.key).join("; "));
  assert.match(yards[0]!.key, /rushing yard/);
  assert.deepEqual(reportsBehind(yards[0]!), ["a", "b"]);
});

test("'passed for N yards' is the owner's passing yards, so a different figure is a contradiction", () => {
  const aligned = story(
    report("a", "Tom Briar finished with 243 passing yards and 61 rushing yards, and Briar was named MVP."),
    report("b", "Tom Briar passed for 288 yards, and Briar also rushed for a team-leading 61 yards."),
  );
  const conflict = aligned.conflicts.find((c) => /passing yard/.test(c.key));
  assert.ok(conflict, aligned.facts.map((f) => `${f.key} ${f.value}`).join("; "));
  assert.deepEqual(conflict.positions.map((p) => p.value).sort(), ["243", "288"]);
  assert.deepEqual(reportsBehind(factsOf(aligned, "61")[0]!), ["a", "b"]);
});

test("a count made by 'he' is the person named just before; a figure 'she' only reports is no one's", () => {
  const aligned = story(
    report("a", "Tom Briar finished with 243 passing yards and 61 rushing yards, and Briar was named MVP."),
    report("b", "Tom Briar passed for 243 yards, and Briar was named MVP. He also rushed for 95 yards."),
    report("c", "Officials named Ana Ruiz as the coach. She said 30 people attended."),
  );
  const conflict = aligned.conflicts.find((c) => /rushing yard/.test(c.key));
  assert.ok(conflict, aligned.facts.map((f) => `${f.key} ${f.value}`).join("; "));
  assert.deepEqual(conflict.positions.map((p) => p.value).sort(), ["61", "95"]);
  assert.doesNotMatch(factsOf(aligned, "30")[0]?.key ?? "", /ruiz/i);
});

test("a share that names no party is the one party's share of that value, and no other's", () => {
  const aligned = story(
    report("a", "The Civic Alliance won 23.4% of the vote, and the Rural Party won 11.2%."),
    report("b", "The count ended late. It finished with 23.4 percent of the vote."),
  );
  assert.deepEqual(reportsBehind(factsOf(aligned, "23.4")[0]!), ["a", "b"]);
  assert.match(factsOf(aligned, "23.4")[0]!.key, /civic alliance/i);
  assert.equal(aligned.conflicts.length, 0);
});

test("a team's nickname is its full name when one team of the story ends with it; a word two names end with names neither", () => {
  const aligned = story(
    report("a", "The Lakeport Harriers scored 31 points, and the Dunmore Owls scored 17 points."),
    report("b", "The Harriers scored 31 points and the Owls scored 17 points."),
  );
  assert.deepEqual(reportsBehind(factsOf(aligned, "31")[0]!), ["a", "b"]);
  assert.deepEqual(reportsBehind(factsOf(aligned, "17")[0]!), ["a", "b"]);
  const fires = story(
    report("c", "The Cedar Fire burned 400 acres, and the Pine Fire burned 250 acres."),
    report("d", "The Fire burned 900 acres."),
  );
  assert.equal(fires.conflicts.length, 0, fires.conflicts.map((c) => c.key).join("; "));
  const towns = story(
    report("e", "The storm killed 12 people in North Lakeport and 5 people in Lakeport."),
    report("f", "In North Lakeport, 12 people died, officials said, and 5 died in Lakeport."),
  );
  assert.equal(towns.conflicts.length, 0, "a town and the town named after it stay apart");
  assert.match(factsOf(towns, "12")[0]!.key, /north lakeport/i);
});

test("a place a longer name qualifies ('the University of Lakeport') is not that name's short form", () => {
  const aligned = story(
    report("a", "Mara Voss, who was born in Lakeport in 1961, studied at the Theological Institute of Lakeport."),
    report("b", "Mara Voss, a native of Lakeport, was born in Lakeport in 1961."),
  );
  const places = aligned.facts.filter((f) => /birthplace/.test(f.key)).map((f) => f.value);
  assert.ok(places.length > 0 && places.every((value) => /^lakeport$/i.test(value)), places.join("; "));
});

test("'N children were at the camp' is owned as 'N children at the camp' is, so another figure for it is disputed", () => {
  const aligned = story(
    report("a", "About 640 children were at Camp Alder when the river rose."),
    report("b", "The camp held 640 children at Camp Alder, and 12 counselors."),
    report("c", "About 820 children were at Camp Alder."),
  );
  assert.deepEqual(reportsBehind(factsOf(aligned, "640")[0]!), ["a", "b"]);
  assert.ok(aligned.conflicts.some((c) => c.positions.some((p) => p.value === "820")), aligned.facts.map((f) => `${f.key} ${f.value}`).join("; "));
});

test("a party named with its name in its own language in brackets is one owner with the party named in English elsewhere", () => {
  const aligned = story(
    report("a", "According to exit polls, the parties received the following shares:\nThe Harvest League (Die Erntler) — 14%\nCivic Union (Bürgerbund) — 9%"),
    report("b", "The Harvest League won 13.7 percent, and the Civic Union took 9.2 percent of the vote."),
    report("c", "The Harvest League finished with 13.7% of the vote."),
  );
  const shares = aligned.facts.filter((f) => f.kind === "quantity" && f.key.startsWith("share"));
  const owners = new Set(shares.map((f) => f.key));
  assert.equal(owners.size, 2, [...owners].join("; "));
  assert.equal(aligned.conflicts.length, 0, "an exit poll's figure and the count are no dispute");
  const harvest = aligned.updates.find((u) => /harvest/i.test(u.key));
  assert.deepEqual(harvest?.steps.map((s) => s.value), ["14", "13.7"]);
});

test("a person's party or a town's region in brackets is no other name of them", () => {
  const aligned = story(
    report("a", "Mayor Lena Varga (Civic Union) said 14 people were hurt in Dornbach (Westmark)."),
    report("b", "Lena Varga said the Civic Union won 12 seats in Westmark."),
  );
  const entities = aligned.entities.map((e) => e.name);
  assert.ok(entities.some((n) => /Varga/.test(n)) && entities.some((n) => /Westmark/.test(n)), entities.join("; "));
  assert.ok(!aligned.entities.some((e) => /Varga/.test(e.name) && e.aliases.some((a) => /Civic/.test(a))));
});

test("a party whose name is a common word is the owner of the figure a dash ties it to", () => {
  const aligned = story(
    report("a", 'The fifth place is for the "Renew" — 8.4%.'),
    report("b", "The Renew party reached 8.4 percent of the vote."),
  );
  const share = aligned.facts.find((f) => f.kind === "quantity" && f.value === "8.4");
  assert.ok(share && /renew/i.test(share.key), share?.key);
  assert.equal(new Set(share.support.map((e) => e.article)).size, 2);
});

test("a figure's owner is labelled by the name as written, and its dispute by the same name", () => {
  const aligned = story(
    report("a", "The Greens follow in fourth place with 9.7 percent."),
    report("b", "The Greens won 9.7% of the vote, and the Farmers 6.1%."),
    report("c", "The Greens took 11.2 percent."),
  );
  const shares = factsOf(aligned, "9.7");
  assert.equal(shares[0]?.subject, "Greens", "not the merging key");
  const dispute = aligned.conflicts.find((c) => c.key === shares[0]!.key);
  assert.equal(dispute?.subject, "Greens");
});

test("a timeline of a figure carries its owner's written name too", () => {
  const dated = (id: string, day: string, text: string) => ({ ...report(id, text), published: day });
  const aligned = story(
    dated("a", "2031-03-01", "The Greens were at 9.1 percent in the first results."),
    dated("b", "2031-03-02", "The Greens won 9.7% of the vote in the final count."),
    dated("c", "2031-03-02", "The Greens follow in fourth place with 9.7 percent."),
  );
  const timeline = aligned.updates.find((u) => /gre/.test(u.key));
  assert.ok(timeline, aligned.updates.map((u) => u.key).join("; "));
  assert.equal(timeline.subject, "Greens");
});
