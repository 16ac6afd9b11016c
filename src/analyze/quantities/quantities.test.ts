import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Claim } from "../../types.js";
import type { FinderInput } from "../finder-input.js";
import { splitSentences } from "../sentences.js";
import { entityKey } from "../entities/key.js";
import { findQuantityClaims } from "./index.js";

/** A finder input for test sentences (our own writing), published on a fixed Thursday by default. */
function inputOf(text: string, published: string | null = "2025-10-09"): FinderInput {
  return { text, sentences: splitSentences(text), entities: [], published };
}

/** Quantity claims of one invented sentence, as "key=value ~qualifier of slot:share". */
function q(text: string): string[] {
  return findQuantityClaims(inputOf(text)).map((claim: Claim) => {
    let out = `${claim.key}=${claim.value}`;
    if (claim.qualifier) out += ` ~${claim.qualifier}`;
    if (claim.relative) out += ` of ${claim.relative.of}:${claim.relative.share}`;
    return out;
  });
}

describe("findQuantityClaims: slots from verbs and nouns", () => {
  it("QTY_LEFT_VERB: a verb before the number", () => {
    assert.deepEqual(q("The derailment killed 14 people near the station."), ["killed=14"]);
    assert.deepEqual(q("The blast, which killed at least 9, shook the port."), ["killed=9 ~at least"]);
    assert.deepEqual(q("The storm killed 12 and injured 40 others."), ["killed=12", "injured=40"]);
    assert.deepEqual(q("Militants attacked a market, killing a total of 23 people."), ["killed=23"]);
  });

  it("a fronted whole gives a figure with no noun its noun: 'out of 640 girls, 21 are missing', 'Of the fatalities, 71 … in <place>'", () => {
    assert.deepEqual(q("Of the fatalities so far, 71 have occurred in Marlow County, its sheriff said."), ["killed=71"]);
    assert.deepEqual(q("Of the dead, 12 were children."), [], "a part named by what it is, no toll of its own");
    assert.deepEqual(q("Of the deaths, 12 were reported on Friday."), []);
    assert.deepEqual(q("He said out of 640 girls at Camp Alder, 21 are unaccounted for."), ["count: girl=640", "missing: girl=21"]);
    assert.deepEqual(q("Out of 40 candidates, 12 were elected."), ["count: candidate=40"], "no slot from the predicate, nothing read");
  });

  it("QTY_LEFT_NOUN_OF: evacuations 'for' N are the evacuated, and no other noun's 'for N' is a toll", () => {
    assert.deepEqual(q("Mandatory evacuations for more than 4,000 people remain in place near Dunmore."), ["evacuated=4000 ~more than"]);
    assert.deepEqual(q("Evacuation orders for 900 residents were issued overnight."), ["evacuated=900"]);
    assert.ok(!q("The closure was a loss for 2,000 workers.").some((c) => c.startsWith("killed")));
  });

  it("QTY_PREDICATE: a predicate after the counted phrase", () => {
    assert.deepEqual(q("Twenty-six people were killed when the ferry capsized."), ["killed=26"]);
    assert.deepEqual(q("At least 14 dead after the bus plunged into a ravine."), ["killed=14 ~at least"]);
    assert.deepEqual(q("Nearly 300 residents were evacuated overnight."), ["evacuated=300 ~nearly"]);
    assert.deepEqual(q("Eleven people are believed to have died underground."), ["killed=11"]);
    assert.deepEqual(q("Some 40 people lost their lives in the collision."), ["killed=40 ~about"]);
    assert.deepEqual(q("Five people remain missing, officials said."), ["missing=5"]);
    assert.deepEqual(q("Police said 17 people were arrested."), ["arrested=17"]);
    assert.deepEqual(q("Twelve others were taken to hospital."), ["injured=12"]);
    assert.deepEqual(q("Up to 40 people may have died."), ["killed=40 ~up to"]);
    assert.deepEqual(q("Nine people, including two children, were killed."), ["killed=9", "count: child=2"]);
  });

  it("QTY_TOLL: a death toll before the number", () => {
    assert.deepEqual(q("The death toll rose to 38 on Friday."), ["killed=38"]);
    assert.deepEqual(q("The toll from the flood has climbed to more than 120."), ["killed=120 ~more than"]);
    assert.deepEqual(
      q("The death toll from the magnitude 6.2 quake that struck the region in the early hours of April 9 reached 140 on Saturday."),
      ["magnitude=6.2", "killed=140"],
    );
    assert.deepEqual(q("The number of people killed by the floods in the north rose to 87 on Friday."), ["killed=87"]);
    assert.deepEqual(q("The number of dead rose to 31."), ["killed=31"]);
    // QTY_SKIP_SUPERSEDED: an earlier figure the report replaces.
    assert.deepEqual(q("The toll had stood at 12 on Thursday morning, but it climbed through the day."), []);
  });

  it("QTY_NOUN_SLOT: the counted noun names the slot", () => {
    assert.deepEqual(q("There were 31 survivors."), ["survivors=31"]);
    assert.deepEqual(q("Officials confirmed 38 deaths and 12 injuries."), ["killed=38", "injured=12"]);
    assert.deepEqual(q("Rescuers recovered 31 bodies from the river."), ["killed=31"]);
    assert.deepEqual(q("By late afternoon, 19 bodies had been handed over to their families."), ["count: body=19"]);
    assert.deepEqual(q("The ferry was licensed to carry 150 passengers."), ["capacity=150"]);
  });

  it("a particular group gets a sub-slot; people in general the plain slot", () => {
    assert.deepEqual(q("The ambush killed nine soldiers."), ["killed: soldier=9"]);
    assert.deepEqual(q("Two gunmen were shot dead."), ["killed: gunman=2"]);
    assert.deepEqual(q("Eleven miners are believed to have died underground."), ["killed: miner=11"]);
    assert.deepEqual(q("Rescuers saved 40 residents."), ["rescued=40"]);
    assert.deepEqual(q("The bus was carrying 40 students."), ["aboard=40"]);
    assert.deepEqual(q("The driver was among the dead, and three passengers also died."), ["killed: passenger=3"]);
    assert.deepEqual(q("The train left at dawn with 118 passengers."), ["aboard=118"]);
  });

  it("a slot noun with a modifier that names a kind is a sub-slot", () => {
    assert.deepEqual(q("Last year there were 1,624 road deaths."), ["killed: road=1624"]);
    assert.deepEqual(q("Officials reported 38 confirmed deaths."), ["killed=38"]);
  });

  it("trapped and found alive", () => {
    assert.deepEqual(q("Rescuers pulled 4 people alive from the rubble, while 2 others remain trapped."), ["rescued=4", "survivors=4", "trapped=2"]);
  });

  it("a negated predicate gives no claim (the counted noun still may)", () => {
    assert.deepEqual(q("The 40 passengers were not injured."), ["count: passenger=40"]);
    assert.deepEqual(q("Twelve workers were not hurt."), ["count: worker=12"]);
  });
});

describe("findQuantityClaims: aboard, partitives and all/none", () => {
  it("aboard from on board / aboard / carrying / passengers and crew", () => {
    assert.deepEqual(q("The plane had 80 people on board."), ["aboard=80"]);
    assert.deepEqual(q("The ferry was carrying 212 passengers."), ["aboard=212"]);
    assert.deepEqual(q("The ferry was carrying 212 passengers and 12 crew."), ["count: passenger=212", "count: crew=12"]);
    assert.deepEqual(q("The jet, with 67 passengers and crew, left the runway."), ["aboard=67"]);
    assert.deepEqual(q("There were 54 people on the train."), ["aboard=54"]);
  });

  it("QTY_PARTITIVE_WHOLE: N of M gives N the verb's slot and M aboard", () => {
    assert.deepEqual(q("The collision killed 41 of the 90 people on board."), ["killed=41", "aboard=90"]);
    assert.deepEqual(q("Of the 90 people on board, 41 were killed."), ["aboard=90", "killed=41"]);
    assert.deepEqual(q("The ship sank, killing 12 of 30 people aboard."), ["killed=12", "aboard=30"]);
    assert.deepEqual(q("Twelve of the 30 people aboard survived."), ["survivors=12", "aboard=30"]);
  });

  it("QTY_ALL_ABOARD: all N aboard were killed gives killed and aboard", () => {
    assert.deepEqual(q("All 58 aboard were killed."), ["killed=58", "aboard=58"]);
    assert.deepEqual(q("The crash killed all 150 people on board."), ["killed=150", "aboard=150"]);
    assert.deepEqual(q("All 23 people on board the ferry and the boat were killed."), ["killed=23", "aboard=23"]);
    assert.deepEqual(q("All 23 people aboard the bus were killed."), ["killed=23", "aboard=23"]);
  });

  it("relative statements: everyone aboard killed, no survivors", () => {
    const all = ["killed=all of aboard:all", "survivors=0 of aboard:none"];
    assert.deepEqual(q("The blast led to the loss of all passengers and crew onboard the bus."), all);
    assert.deepEqual(q("Everyone on board died."), all);
    assert.deepEqual(q("The helicopter came down in a forest, killing everyone aboard."), all);
    assert.deepEqual(q("All passengers and crew were killed."), all);
    assert.deepEqual(q("There were no survivors."), ["survivors=0 of aboard:none", "killed=all of aboard:all"]);
    assert.deepEqual(q("No one survived the crash."), ["survivors=0 of aboard:none", "killed=all of aboard:all"]);
    assert.deepEqual(q("None of the 19 people aboard survived."), ["survivors=0 of aboard:none", "killed=all of aboard:all", "aboard=19"]);
  });

  it("zero counts with a slot; 'no' before other nouns is nothing", () => {
    assert.deepEqual(q("No one was injured in the fire."), ["injured=0"]);
    assert.deepEqual(q("There were no immediate reports of casualties."), []);
    assert.deepEqual(q("He said no amount of money would help."), []);
  });

  it("'killing all' of unnamed people is not an aboard statement", () => {
    assert.deepEqual(q("The general vowed to destroy them all."), []);
  });
});

describe("findQuantityClaims: number forms and qualifiers", () => {
  it("digits, separators, scale words and abbreviations", () => {
    assert.deepEqual(q("The floods displaced 1,200 people."), ["displaced=1200"]);
    assert.deepEqual(q("The cyclone displaced 2.3 million people."), ["displaced=2300000"]);
    assert.deepEqual(q("Officials said 1.5bn people live in the basin."), ["count: person=1500000000"]);
    assert.deepEqual(q("About 2m people were evacuated."), ["evacuated=2000000 ~about"]);
  });

  it("number words: compounds, scales, a dozen", () => {
    assert.deepEqual(q("Thirty-eight people died."), ["killed=38"]);
    assert.deepEqual(q("Two hundred and five homes were destroyed."), ["homes destroyed=205"]);
    assert.deepEqual(q("A dozen people were wounded."), ["injured=12"]);
    assert.deepEqual(q("One person was killed and two were injured."), ["killed=1", "injured=2"]);
  });

  it("normalised qualifiers", () => {
    assert.deepEqual(q("More than 50 people were hurt."), ["injured=50 ~more than"]);
    assert.deepEqual(q("Over 50 people were hurt."), ["injured=50 ~more than"]);
    assert.deepEqual(q("Around 50 people were hurt."), ["injured=50 ~about"]);
    assert.deepEqual(q("Roughly 50 people were hurt."), ["injured=50 ~about"]);
    assert.deepEqual(q("Approximately 50 people were hurt."), ["injured=50 ~about"]);
    assert.deepEqual(q("Almost 50 people were hurt."), ["injured=50 ~nearly"]);
    assert.deepEqual(q("Up to 50 people were hurt."), ["injured=50 ~up to"]);
    assert.deepEqual(q("As many as 50 people were hurt."), ["injured=50 ~up to"]);
    assert.deepEqual(q("Fewer than 50 people were hurt."), ["injured=50 ~fewer than"]);
    assert.deepEqual(q("Less than 50 people were hurt."), ["injured=50 ~fewer than"]);
  });

  it("vague numbers are skipped", () => {
    assert.deepEqual(q("Hundreds of people were evacuated."), []);
    assert.deepEqual(q("Tens of thousands of people fled."), []);
    assert.deepEqual(q("Dozens were injured."), []);
  });
});

describe("findQuantityClaims: loose counts", () => {
  it("QTY_COUNT_NOUN: what is counted, lemmatised", () => {
    assert.deepEqual(q("The army fired four missiles at the depot."), ["count: missile=4"]);
    assert.deepEqual(q("Leaders from five Central Asian countries attended."), ["count: country=5"]);
    assert.deepEqual(q("Over one million Tajik citizens work abroad."), ["count: citizen=1000000 ~more than"]);
    assert.deepEqual(q("The missile exploded 10 meters from the plane."), ["count: metre=10"]);
  });

  it("'one' and 'no' never make a loose count", () => {
    assert.deepEqual(q("One of these hit the plane."), []);
    assert.deepEqual(q("It was one of the worst disasters."), []);
  });
});

describe("findQuantityClaims: numbers that are not counts", () => {
  it("years", () => {
    assert.deepEqual(q("The line was built in 1998 and reopened in 2014."), []);
    assert.deepEqual(q("It recalled the 2004 tsunami."), []);
  });

  it("dates and times", () => {
    assert.deepEqual(q("The train left at 6:45 on December 25, 2024."), []);
    assert.deepEqual(q("The quake struck at 3 am local time."), []);
    assert.deepEqual(q("Updated: 09-10-2025 20:23 IST"), []);
  });

  it("ages", () => {
    assert.deepEqual(q("The driver, aged 45, was arrested."), []);
    assert.deepEqual(q("A 45-year-old man was arrested."), []);
    assert.deepEqual(q("John Marsh, 52, said he heard a bang."), []);
  });

  it("flight, model and route numbers", () => {
    assert.deepEqual(q("Flight 217 landed safely."), []);
    assert.deepEqual(q("The Airbus 320 jet was hit."), []);
    assert.deepEqual(q("The downing of MH17 shocked the world."), []);
    assert.deepEqual(q("The bus on route 66 overturned."), []);
  });

  it("durations", () => {
    assert.deepEqual(q("The talks came 10 months after the crash."), []);
    assert.deepEqual(q("The search lasted two days."), []);
    assert.deepEqual(q("The 10-month investigation ended."), []);
  });

  it("ordinals, phone numbers and counters", () => {
    assert.deepEqual(q("It was the 3rd accident this year."), []);
    assert.deepEqual(q("Phone: +91-720-6444012, 14, 15"), []);
    assert.deepEqual(q("1\nTragic Explosion Rocks Village"), []);
  });

  it("percentages without a subject", () => {
    assert.deepEqual(q("Prices rose 12% last year."), []);
  });
});

describe("findQuantityClaims: elections and earthquakes", () => {
  it("turnout", () => {
    assert.deepEqual(q("Turnout was 62% in the first round of the election."), ["turnout=62"]);
    assert.deepEqual(q("The commission put turnout at 48.5 percent."), ["turnout=48.5"]);
    assert.deepEqual(q("Some 63.1 per cent of voters turned out on Sunday."), ["turnout=63.1 ~about"]);
  });

  it("share, votes and seats of a named candidate or party", () => {
    const person = (name: string): string => entityKey(name, "person");
    const party = (name: string): string => entityKey(name, "organization");
    assert.deepEqual(q("Marta Lind won 52% of the vote in the runoff."), [`share: ${person("Marta Lind")}=52`]);
    assert.deepEqual(q("In the election, 41 percent went to the Green Party."), [`share: ${party("Green Party")}=41`]);
    assert.deepEqual(q("The Labour Party won 412 seats in the election."), [`seats: ${party("Labour Party")}=412`]);
    assert.deepEqual(q("Okafor received 1.2 million votes in the presidential poll."), [`votes: ${person("Okafor")}=1200000`]);
    assert.deepEqual(q("Lind, with 52%, leads the count of ballots."), [`share: ${person("Lind")}=52`]);
    assert.deepEqual(q("Maia Sandu, who received 42% in the first round, faces a runoff."), [`share: ${person("Maia Sandu")}=42`]);
    assert.deepEqual(q("In the vote, Alternativa Verde, led by Rosa Alba, won 14.2% and six seats."), [
      `share: ${party("Alternativa Verde")}=14.2`, `seats: ${party("Alternativa Verde")}=6`,
    ]);
    assert.deepEqual(q("The PRS, led by outgoing president Tomas Ruiz, won 16 seats on 31.7 per cent in the election."), [
      `seats: ${party("PRS")}=16`, `share: ${party("PRS")}=31.7`,
    ]);
    assert.deepEqual(q("In the vote, Union Liberal under Esteban Quiros got 9.1%."), [`share: ${party("Union Liberal")}=9.1`]);
    assert.deepEqual(q("Our final polling average before the vote had the Greens on 36.0%."), [`poll: ${party("Greens")}=36`]);
    assert.deepEqual(q("The Greens, officially called Alternativa Verde, won six seats in the vote."), [`seats: ${party("Alternativa Verde")}=6`]);
    assert.deepEqual(q("Some 171 people were rescued alive."), ["rescued=171 ~about", "survivors=171 ~about"]);
    assert.deepEqual(q("Fishermen pulled 171 people out of the water alive."), ["rescued=171", "survivors=171"]);
    assert.deepEqual(q("He said he and his sons had pulled eleven people into their boat."), ["count: person=11"]);
    assert.deepEqual(q("Only 23 of the 310 passengers on board lost their lives."), ["killed=23", "aboard=310"]);
  });

  it("QTY_EARLIER_EVENT: counts after a date of an earlier year carry the year", () => {
    assert.deepEqual(q("It was the deadliest crash in decades, surpassing a 1968 accident that killed 34."), ["killed (1968)=34"]);
    assert.deepEqual(q("Twenty years ago, a similar tsunami killed 230,000 people."), ["killed (2005)=230000"]);
    assert.deepEqual(q("It is the worst crash since 2019, when 11 people died."), ["killed (2019)=11"]);
    assert.deepEqual(q("Two jets collided at Tenerife in 1977, killing 583 people."), ["count: jet=2", "killed (1977)=583"]);
    assert.deepEqual(q("The deadliest attack in years killed 38 people."), ["killed=38"]);
    assert.deepEqual(q("The crash last year killed 38 people."), ["killed=38"]);
  });

  it("QTY_SKIP_RATE: rates are not counts", () => {
    assert.deepEqual(q("The ferry carries about 70,000 passengers a day."), []);
    assert.deepEqual(q("Malaria causes 600,000 deaths annually."), []);
    assert.deepEqual(q("The deal raises the mill's capacity to 9 million tons annually."), ["count: tonne=9000000"], "a capacity is itself a rate");
  });

  it("QTY_MAGNITUDE", () => {
    assert.deepEqual(q("Aftershocks measuring up to 5.2 followed."), ["magnitude: aftershock=5.2 ~up to"]);
    assert.deepEqual(q("The magnitude-6.4 quake was followed by more than 250 aftershocks."), ["magnitude=6.4", "count: aftershock=250 ~more than"]);
    assert.deepEqual(q("Some 20 aftershocks followed, the strongest of them a magnitude 4.7 tremor."), ["magnitude: aftershock=4.7", "count: aftershock=20 ~about"]);
    assert.deepEqual(q("A magnitude 6.1 earthquake struck the region."), ["magnitude=6.1"]);
    assert.deepEqual(q("The 6.1-magnitude quake was felt in the capital."), ["magnitude=6.1"]);
    assert.deepEqual(q("The tremor, measuring 5.4, toppled walls."), ["magnitude=5.4"]);
    assert.deepEqual(q("A quake of magnitude 7 hit the coast."), ["magnitude=7"]);
  });
});

describe("findQuantityClaims: evidence", () => {
  it("span, display, sentence and number", () => {
    const text = "Floods hit the valley. At least 38 people were killed.";
    const [claim] = findQuantityClaims(inputOf(text));
    assert.ok(claim);
    assert.equal(text.slice(claim.span.start, claim.span.end), "At least 38");
    assert.equal(claim.display, "At least 38");
    assert.equal(claim.sentence, 1);
    assert.equal(claim.number, 38);
    assert.equal(claim.kind, "quantity");
    assert.match(claim.rule, /^QTY_/);
  });
});
