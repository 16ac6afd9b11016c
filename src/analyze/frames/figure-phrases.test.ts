import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeArticle } from "../index.js";
import { alignStory } from "../../align/index.js";
import type { AlignedStory, Article, Claim } from "../../types.js";

/**
 * Figures whose phrase the frame reader once lost, on short invented texts: the frame each
 * sentence yields, then the verdict when reports agree or differ.
 */
function report(id: string, text: string): Article {
  return { id, source: `${id}.txt`, outlet: `Outlet ${id}`, title: id, published: "2031-04-12", byline: null, dateline: null, language: "en", paragraphs: [text], text, removed: [], attributions: [] };
}
const framesOf = (text: string): Claim[] => analyzeArticle(report("r", text)).claims.filter((c) => c.kind === "quantity");
const story = (...texts: string[]): AlignedStory =>
  alignStory({ id: "s", headline: "h", articles: texts.map((t, i) => analyzeArticle(report(`r${i}`, t))), reprintGroups: [] });
const factOf = (aligned: AlignedStory, key: string) => aligned.facts.find((f) => f.key === key);

test("a participle before the counted noun is part of its measure, not the end of the phrase", () => {
  const [thieves] = framesOf("Three masked thieves entered the gallery on Sunday.");
  assert.deepEqual([thieves?.measure, thieves?.value], ["masked perpetrator", "3"]);
});

test("a hyphenated compound that describes the counted things is left out of the measure, so reports wording it differently agree", () => {
  const [riders] = framesOf("Three hood-clad riders crossed the square on Sunday.");
  assert.deepEqual([riders?.measure, riders?.value], ["rider", "3"]);
  const aligned = story("Three hood-clad riders crossed the square on Sunday.", "Police said three riders crossed the square on Sunday.");
  assert.equal(factOf(aligned, "rider")?.status, "corroborated");
  assert.equal(aligned.conflicts.length, 0);
});

test("a length or weight measures the noun it is 'of' or raised 'to', in its unit", () => {
  const [height] = framesOf("The new mast reaches a height of 312 metres.");
  assert.deepEqual([height?.measure, height?.value, height?.unit], ["height in metres", "312", "metre"]);
  const [output] = framesOf("The merger lifts Corvane Steel's annual capacity to roughly 41 million tons.");
  assert.deepEqual([output?.measure, output?.value, output?.qualifier], ["capacity in tonnes", "41000000", "about"]);
  assert.match(output?.owner ?? "", /corvane/);
  assert.equal(framesOf("The river rose to 17 feet.").length, 0, "a verb, not a noun, before the link: what rose is not said");
});

test("two heights in one unit contradict each other; a height in another unit is no side of the dispute", () => {
  const aligned = story(
    "The new mast reaches a height of 312 metres.",
    "Engineers gave the mast a height of 312 metres.",
    "The mast has a height of 296 metres.",
    "Its tip brings it to a height of 1,023 feet.",
  );
  const conflict = aligned.conflicts.find((c) => c.key === "height in metres");
  assert.equal(conflict?.verdict, "contradiction");
  assert.deepEqual(conflict?.positions.map((p) => p.value).sort(), ["296", "312"]);
  assert.equal(factOf(aligned, "height in feet")?.status, "single-source");
});

test("a length a verb reaches 'at' is the level it names: an aircraft's altitude, a river's crest at each place of a list", () => {
  const [flying] = framesOf("A survey plane from Corvel Air was flying at 900 feet when its engine failed.");
  assert.deepEqual([flying?.measure, flying?.value, flying?.unit], ["altitude in feet", "900", "foot"]);
  const crests = framesOf("The Marrow River crested at 21.3 feet in Dunley and 17.8 feet in Pellam, and at 25.1 feet in Orsk.");
  assert.deepEqual(crests.map((c) => [c.measure, c.value, c.owner]), [["crest in feet", "21.3", "dunley"], ["crest in feet", "17.8", "pelam"], ["crest in feet", "25.1", "orsk"]]);
  assert.equal(framesOf("The team flew to Dunley at 9 a.m. and hiked 12 miles.").filter((c) => c.unit === "mile").length, 0, "a distance walked is no level");
});

test("a river's crests at two places are two subjects; a crest stated differently for one place contradicts", () => {
  const aligned = story(
    "The Marrow River crested at 21.3 feet in Dunley and 17.8 feet in Pellam on Tuesday.",
    "The Marrow River crested at 19.6 feet in Dunley on Tuesday, the weather service said.",
    "The Marrow River crested at 17.8 feet in Pellam on Tuesday.",
  );
  assert.deepEqual(aligned.conflicts.map((c) => [c.key, c.positions.map((p) => p.value).sort()]), [["crest in feet: Dunley", ["19.6", "21.3"]]]);
  assert.equal(factOf(aligned, "crest in feet: Pellam")?.status, "corroborated");
});

test("a length a noun is raised 'above' bounds it: the figure is a limit the value passed, stated as the report words it", () => {
  const [bound] = framesOf("The Tarn drone raised its altitude above its permitted 615 feet, officials said.");
  assert.deepEqual([bound?.measure, bound?.value, bound?.qualifier, bound?.display], ["altitude in feet", "615", "more than", "above its permitted 615"]);
  const [depth] = framesOf("Divers kept the depth below 30 metres.");
  assert.deepEqual([depth?.measure, depth?.qualifier], ["depth in metres", "fewer than"]);
});

test("a figure stated as a bound that rules it out is no corroboration of the same figure stated plainly", () => {
  const aligned = story("The Tarn drone raised its altitude above its permitted 615 feet, officials said.", "Officials said the Tarn drone was flying at 615 feet.");
  const facts = aligned.facts.filter((f) => f.key === "altitude in feet");
  assert.deepEqual(facts.map((f) => [f.display, f.status]).sort(), [["615", "single-source"], ["more than 615", "single-source"]]);
});

test("shares listed 'respectively' belong in order to the names listed before them", () => {
  const frames = framesOf("The Harbour Party, the Civic Union and the Greens took 21.3%, 14.2% and 9.7% of the vote, respectively.");
  const owners = frames.map((f) => [f.owner, f.value, f.measure]);
  assert.deepEqual(owners, [["harbor party", "21.3", "share"], ["civic union", "14.2", "share"], ["grens", "9.7", "share"]]);
  const past = framesOf("The Harbour Party and the Civic Union will enter the Senate, backed by 21.3% and 14.2% of voters respectively.");
  assert.deepEqual(past.map((f) => [f.owner, f.value]), [["harbor party", "21.3"], ["civic union", "14.2"]], "the list of names, not the name the clause goes on to");
  const unlisted = framesOf("The Harbour Party and the Civic Union took 21.3% and 14.2% of the vote.");
  assert.ok(unlisted.every((f) => f.rule !== "FRAME_SHARE_LISTED"), "without 'respectively', no list is read");
});

test("a share listed 'respectively' agrees with the same share stated alone, and contradicts another", () => {
  const aligned = story(
    "The Harbour Party and the Civic Union took 21.3% and 14.2% of the vote, respectively.",
    "The Civic Union took 14.2% of the vote.",
    "The Civic Union won 19.6% of the vote, official results showed.",
  );
  const conflict = aligned.conflicts.find((c) => c.key === "share: Civic Union");
  assert.equal(conflict?.verdict, "contradiction");
  assert.deepEqual(conflict?.positions.map((p) => p.value).sort(), ["14.2", "19.6"]);
  assert.equal(conflict?.positions.find((p) => p.value === "14.2")?.support.length, 2);
});

test("one minute told with different verbs is one moment; a round time is not joined", () => {
  const aligned = story(
    "White smoke rose at 5:43 p.m. over the chapel.",
    "The smoke appeared at 5:43 p.m. on Thursday.",
    "Smoke was spotted at 17:43 CET.",
  );
  const moments = aligned.facts.filter((f) => f.value === "17:43");
  assert.equal(moments.length, 1);
  assert.equal(moments[0]?.reports, 3);
  const round = story("The gates opened at 9:30 a.m. on Friday.", "The match started at 9:30 a.m. on Friday.");
  assert.equal(round.facts.filter((f) => f.value === "09:30").length, 2, "two things of one story often share a round time");
});

test("a figure after a name and the noun that classes it is the name's: 'the \"Harbour\" party - 9.4%'", () => {
  const [share] = framesOf('Fourth came the old ally of the Labour Front, the "Harbour" party - 9.4%.');
  assert.deepEqual([share?.owner, share?.value], ["harbor", "9.4"]);
  const aligned = story('Fourth came the old ally of the Labour Front, the "Harbour" party - 9.4%.', "The Harbour Party took 9.4 percent.", "The Harbour Party won 13.8 percent of the vote.");
  assert.equal(aligned.conflicts.find((c) => /^share/.test(c.key))?.verdict, "contradiction");
});

test("the dead identified are a tally of their own, whatever noun counts them", () => {
  assert.deepEqual(framesOf("Forty-one victims have been positively identified so far.").map((f) => [f.key, f.value]), [["identified", "41"]]);
  assert.deepEqual(framesOf("Recovery ended on Friday, with 52 people identified, officials said.").map((f) => [f.key, f.value]), [["identified", "52"]]);
});

test("a group counted as part of a moving tally is that tally's figure for the group", () => {
  const keys = (text: string) => framesOf(text).map((f) => [f.key, f.value]);
  assert.deepEqual(keys("The toll from the Varn valley floods rose to at least 37, including 11 children."), [["killed", "37"], ["killed: child", "11"]]);
  assert.deepEqual(keys("The dead include 24 adults and 19 children."), [["killed: adult", "24"], ["killed: child", "19"]]);
  assert.deepEqual(keys("Among the missing in Orlen County were six campers."), [["missing: camper", "6"]]);
  assert.deepEqual(keys("About 300 children were at the camp, including 40 counselors."), [["child", "300"], ["counselor", "40"]], "no tally: the count stays as it is");
});

test("a group's toll given on two days is a timeline; two reports beside the same figure of another group disagree", () => {
  const dated = (id: string, published: string, text: string): Article => ({ ...report(id, text), published });
  const align = (...articles: Article[]) => alignStory({ id: "s", headline: "h", articles: articles.map((a) => analyzeArticle(a)), reprintGroups: [] });
  const rising = align(
    dated("a", "2031-04-12", "The toll rose to at least 37, including 11 children."),
    dated("b", "2031-04-14", "The dead include 52 adults and 19 children."),
  );
  assert.deepEqual(rising.updates.find((u) => u.key === "killed: child")?.steps.map((s) => s.value), ["11", "19"]);
  const same = align(
    dated("a", "2031-04-13", "The dead include 52 adults and 19 children."),
    dated("b", "2031-04-14", "Among the dead were 19 children and 31 adults."),
  );
  assert.ok(same.conflicts.some((c) => c.key === "killed: adult"), same.updates.map((u) => u.key).join("; "));
});

test("a number joined to a unit of area before a noun is the size of what the noun names; a figure 'of' it is a part", () => {
  const frames = framesOf("The Varn Fire swept through the hills. About 900 acres of the 6,210-acre fire burned through farmland.");
  const sized = frames.find((f) => f.value === "6210");
  assert.deepEqual([sized?.key, sized?.measure], ["acre", "acre"]);
  assert.match(sized?.owner ?? "", /varn fire/);
  assert.equal(frames.find((f) => f.value === "900")?.comparable, false, "a part of the fire's area is no rival of its size");
  assert.equal(framesOf("Crews cleared a 40-acre ranch.").length, 0, "a compound that sizes no event is no step of an event's area");
});

test("the share a party must pass is one threshold however it is called, owned by no party, in digits or words", () => {
  const keys = (text: string) => framesOf(text).filter((f) => f.key === "threshold").map((f) => [f.value, f.owner]);
  assert.deepEqual(keys("The Harvest League failed to clear the 4% barrier."), [["4", undefined]]);
  assert.deepEqual(keys("Two parties fell short of the four-percent threshold."), [["4", undefined]]);
  assert.deepEqual(keys("With 3.9 percent, the league is out because of the four percent hurdle."), [["4", undefined]]);
  const aligned = story("The Harvest League failed to clear the 4% barrier.", "Two parties fell short of the four-percent threshold.");
  assert.equal(factOf(aligned, "threshold")?.status, "corroborated");
});

test("thieves, robbers and burglars count the perpetrators, and so do men said to have done the crime; pieces and items count one kind", () => {
  const measures = (text: string) => framesOf(text).map((f) => f.measure);
  assert.deepEqual(measures("Three robbers held up the Kessel savings bank."), ["perpetrator"]);
  assert.deepEqual(measures("Police say two burglars escaped through the roof."), ["perpetrator"]);
  assert.deepEqual(measures("At least five men, including one in a red coat, carried out the robbery."), ["perpetrator"]);
  assert.deepEqual(measures("Two men robbed the Kessel savings bank on Friday."), ["perpetrator"]);
  assert.deepEqual(measures("Four men carried out the repairs on Friday."), ["man"], "a doing verb without a crime says nothing of a crime");
  assert.deepEqual(measures("The gang took eleven pieces of silverware."), ["item"]);
});

test("reports naming the perpetrators in their own words dispute a count stated differently, and agree on the same count", () => {
  const aligned = story(
    "Three masked burglars entered the Halden Museum on Sunday.",
    "Up to three thieves took part in the raid on the Halden Museum, police said.",
    "At least five men, including one in a red coat, carried out the burglary at the Halden Museum.",
  );
  const conflict = aligned.conflicts.find((c) => c.key === "perpetrator");
  assert.ok(conflict, aligned.conflicts.map((c) => c.reason).join("; "));
  assert.deepEqual(conflict.positions.map((p) => p.value).sort(), ["3", "5"]);
  const agreed = story("Three masked burglars entered the Halden Museum on Sunday.", "Three thieves took part in the raid on the Halden Museum, police said.");
  assert.equal(agreed.conflicts.length, 0);
  assert.equal(factOf(agreed, "perpetrator")?.status, "corroborated");
});

test("a share someone must reach is the threshold, not a result; a party's result beside a modal is still its share", () => {
  const keys = (text: string) => framesOf(text).map((f) => [f.key, f.value]);
  assert.deepEqual(keys("A party must receive at least 4% of votes to enter the assembly."), [["threshold", "4"]]);
  assert.deepEqual(keys("Under the law, a list needs to win 4 percent of the vote to take seats."), [["threshold", "4"]]);
  assert.deepEqual(keys("Parties won 4% of the vote on average."), [["share", "4"]]);
  const aligned = story("A party must secure at least 4% of the votes to enter the assembly.", "Two parties fell short of the four-percent threshold.");
  assert.equal(factOf(aligned, "threshold")?.independentSources, 2);
});
