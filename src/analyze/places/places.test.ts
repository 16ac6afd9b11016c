import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Claim } from "../../types.js";
import type { FinderInput } from "../finder-input.js";
import { splitSentences } from "../sentences.js";
import { entityKey } from "../entities/key.js";
import { findPlaceClaims, findPlaceContainment } from "./index.js";

/** A finder input for test sentences (our own writing), published on a fixed Thursday by default. */
function inputOf(text: string, published: string | null = "2025-10-09"): FinderInput {
  return { text, sentences: splitSentences(text), entities: [], published };
}

/** Place and route claims as "key=Display" (display is the name as written). */
function p(text: string): string[] {
  return findPlaceClaims(inputOf(text)).map((c: Claim) => `${c.key}=${c.display}`);
}

describe("findPlaceClaims: event places", () => {
  it("PLACE_EVENT_PREPOSITION: the place after an event word", () => {
    assert.deepEqual(p("The plane crashed near Aktau."), ["place: incident=Aktau"]);
    assert.deepEqual(p("A freight train derailed outside Lyon on Monday."), ["place: incident=Lyon"]);
    assert.deepEqual(p("A freight train derailed early on Monday morning near Lyon."), ["place: incident=Lyon"]);
    assert.deepEqual(p("The train derailed before dawn near the railway town of Shalkarsu."), ["place: incident=Shalkarsu"]);
    assert.deepEqual(p("A train collided with a lorry in northern Portugal near the village of Riba."), ["place: incident=Riba"]);
    assert.deepEqual(p("The ferry capsized off Zanzibar."), ["place: incident=Zanzibar"]);
    assert.deepEqual(p("A strong earthquake struck near Malatya."), ["place: earthquake=Malatya"]);
    assert.deepEqual(p("Floods inundated villages in Sindh."), ["place: flood=Sindh"]);
    assert.deepEqual(p("A missile strike on the city of Dnipro killed 12."), ["place: incident=Dnipro"]);
    assert.deepEqual(p("The attack, which took place in the northern town of Kunduz, killed nine."), ["place: incident=Kunduz"]);
    assert.deepEqual(p("A coach overturned on the M6 motorway near Preston."), ["place: incident=Preston"]);
  });

  it("meetings, summits and talks share one class", () => {
    assert.deepEqual(p("The leaders held a summit in Astana."), ["place: meeting=Astana"]);
    assert.deepEqual(p("She met the foreign minister in Geneva."), ["place: meeting=Geneva"]);
    assert.deepEqual(p("Speaking at a meeting with President Lorne Hale in Oslo, he said so."), ["place: meeting=Oslo"]);
    assert.deepEqual(p("The talks in Doha ended without a deal."), ["place: meeting=Doha"]);
  });

  it("the most specific name", () => {
    assert.deepEqual(p("They met in Nairobi, Kenya, on Friday."), ["place: meeting=Nairobi"]);
    assert.deepEqual(p("They met in Kenya's capital of Nairobi."), ["place: meeting=Nairobi"]);
    assert.deepEqual(p("The bus crashed in the town of Kelso."), ["place: incident=Kelso"]);
    assert.deepEqual(p("The blast happened in western Kazakhstan."), ["place: incident=Kazakhstan"]);
    assert.deepEqual(p("The quake struck near the southern city of Izmir."), ["place: earthquake=Izmir"]);
  });

  it("PLACE_EPICENTRE", () => {
    assert.deepEqual(p("The epicentre was 12 km north of Petrolia, officials said."), ["place: earthquake=Petrolia"]);
  });

  it("not a place: adjectives, months, other clauses, statements, compared events", () => {
    assert.deepEqual(p("The incident occurred in Russian airspace."), []);
    assert.deepEqual(p("The blast happened over Caspian waters."), []);
    assert.deepEqual(p("The crash happened in December."), []);
    assert.deepEqual(p("The missile hit the plane preparing to land in Bavaria."), []);
    assert.deepEqual(p("The minister said in Paris that the talks would resume."), []);
    assert.deepEqual(p("Experts compared it to the 2014 downing of a jet over Ukraine."), []);
    assert.deepEqual(p("It was the worst crash since 2019, when 11 people died near Lancaster."), []);
  });

  it("DAY_NAME: a holiday is a day, not a place", () => {
    assert.deepEqual(p("The flood struck over the Fifth of November holiday weekend."), []);
    assert.deepEqual(p("The fire broke out at Glenford on Christmas Eve."), ["place: fire=Glenford"]);
    assert.deepEqual(p("The storm hit over Thanksgiving."), []);
    assert.deepEqual(p("The blaze began on Independence Day in Marlowby."), ["place: fire=Marlowby"]);
    assert.deepEqual(p("The crash happened over the Labor Day weekend."), []);
  });

  it("ROLE_TITLED_NAME_AT: a place before a title and a name is whose officer, not where", () => {
    assert.deepEqual(p("The president signed a disaster declaration at Westmark Gov. Tilda Brenn's request."), []);
    assert.deepEqual(p("The president signed a disaster agreement at Westmark Lt. Gov. Orrin Vale's request."), []);
    assert.deepEqual(p("The flood killed nine in Dunmore County Sheriff Ada Kell's district."), []);
    assert.deepEqual(p("The agreement was signed at Gov. Tilda Brenn's office."), []);
    assert.deepEqual(p("The agreement was signed at Westmark Atty. Gen. Orrin Vale's office."), []);
    assert.deepEqual(p("The agreement was signed at Westmark Atty. Orrin Vale's office."), []);
    // A kind of place after a title word is still a place ("Executive Airport").
    assert.deepEqual(p("The jet crashed near Marlow Executive Airport."), ["place: incident=Marlow Executive Airport"]);
  });

  it("an event word in an apposition to a compared named event is that event's", () => {
    assert.deepEqual(p("The toll is higher than that of Storm Vela, a hurricane that made landfall in Westmark in 2009."), []);
    assert.deepEqual(p("The toll surpassed Storm Vela, a hurricane that made landfall in Westmark."), []);
    assert.deepEqual(p("It is the worst air disaster in a decade since 2016, when a Norvik Air propeller plane crashed into a house in Ellerby."), []);
    // Not compared: the apposition tells of this event.
    assert.deepEqual(p("Storm Vela, a hurricane that made landfall in Westmark on Friday, killed nine."), ["place: storm=Westmark"]);
  });
});

describe("findPlaceClaims: routes", () => {
  it("ROUTE_FROM_TO", () => {
    assert.deepEqual(p("The jet was en route from Lima to Munich."), ["origin=Lima", "destination=Munich"]);
    assert.deepEqual(p("The train, travelling from Leeds to York, derailed."), ["origin=Leeds", "destination=York"]);
    assert.deepEqual(p("It was on a flight from Lima to Cusco."), ["origin=Lima", "destination=Cusco"]);
    assert.deepEqual(p("Flight 217 from Riga to Oslo was delayed."), ["origin=Riga", "destination=Oslo"]);
  });

  it("descriptors are stripped to the name", () => {
    assert.deepEqual(p("The jet was en route from Lima to the Bavarian capital Munich."), ["origin=Lima", "destination=Munich"]);
    assert.deepEqual(p("The plane was flying from Peru's capital, Lima, to Munich."), ["origin=Lima", "destination=Munich"]);
    assert.deepEqual(p("The jet flew from Lima to Munich, the capital of Germany's Bavaria region."), ["origin=Lima", "destination=Munich"]);
  });

  it("ROUTE_TO, ROUTE_ORIGIN and ROUTE_BOUND", () => {
    assert.deepEqual(p("The ship was bound for Piraeus."), ["destination=Piraeus"]);
    assert.deepEqual(p("The bus was heading to Nairobi when it overturned."), ["destination=Nairobi"]);
    assert.deepEqual(p("The boat, destined for Lampedusa, sank."), ["destination=Lampedusa"]);
    assert.deepEqual(p("The plane was en route to Jeddah."), ["destination=Jeddah"]);
    assert.deepEqual(p("The aircraft took off from Kathmandu."), ["origin=Kathmandu"]);
    assert.deepEqual(p("The launch was carrying 214 people from the capital Dhaka to the southern city of Barisal."), ["origin=Dhaka", "destination=Barisal"]);
    assert.deepEqual(p("A Moscow-bound train derailed."), ["destination=Moscow"]);
    assert.deepEqual(p("A sleeper bound for Astana came off the rails."), ["destination=Astana"]);
  });

  it("ROUTE_PAIR: X to Y / X–Y before a travel noun", () => {
    assert.deepEqual(p("The derailment of the Almaty to Astana night train killed 23."), ["origin=Almaty", "destination=Astana"]);
    assert.deepEqual(p("The Dhaka–Barisal launch capsized."), ["origin=Dhaka", "destination=Barisal"]);
    assert.deepEqual(p("The Porto-Braga regional service was delayed."), ["origin=Porto", "destination=Braga"]);
    assert.deepEqual(p("Trains between Almaty and Astana were rerouted."), []);
    assert.deepEqual(p("Guinea-Bissau said on Monday it would help."), []);
  });

  it("plural services and non-travel 'from' are not routes", () => {
    assert.deepEqual(p("The airline suspended all flights to Russia."), []);
    assert.deepEqual(p("Flights from Lima to Moscow were cancelled."), []);
    assert.deepEqual(p("The plane received permission from Moscow to land."), []);
    assert.deepEqual(p("The plane turned away from its intended destination."), []);
  });

  it("values are entity keys; spans are the names", () => {
    const text = "The jet was en route from Lima to Munich.";
    const claims = findPlaceClaims(inputOf(text));
    assert.equal(claims[1]!.value, entityKey("Munich", "place"));
    assert.equal(claims[1]!.kind, "route");
    assert.equal(text.slice(claims[1]!.span.start, claims[1]!.span.end), "Munich");
  });
});

describe("findPlaceContainment", () => {
  const k = (name: string): string => entityKey(name, "place");
  it("X, Y / X's capital Y / Y, the capital of X's Z region", () => {
    const pairs = findPlaceContainment(inputOf(
      "They met in Nairobi, Kenya. The jet flew from Peru's capital, Lima, to Munich, the capital of Germany's Bavaria region.",
    ));
    assert.deepEqual(pairs, [
      { inner: k("Nairobi"), outer: k("Kenya") },
      { inner: k("Lima"), outer: k("Peru") },
      { inner: k("Munich"), outer: k("Bavaria") },
      { inner: k("Bavaria"), outer: k("Germany") },
    ]);
  });

  it("lists are not containment", () => {
    assert.deepEqual(findPlaceContainment(inputOf("Flights to Lima, Tbilisi and Yerevan resumed.")), []);
  });
});
