import { NAMED_EVENT_HEADS } from "./events.js";

/**
 * Nouns that say what kind of thing a proper name names when they stand inside it: "the Marrow
 * *River*", "*Camp* Larkspur", "*Operation* Tinder", "Halden *University*". The noun is the named
 * fact's measure ("river: Marrow River"). Only kinds a report names because they matter to the
 * event are listed (where it happened, what was hit, who awards or investigates, where someone
 * studied or serves); kinds every story names in passing ("house", "street", "party", "court",
 * "department") are not, so that the brief does not fill with incidental names.
 *
 * Keys are lemmas (the tagger's dictionary form, "winds" → "wind"); values are the measure shown.
 */
export const NAME_HEADS_AFTER: ReadonlyMap<string, string> = new Map([
  // Water and structures an event happens on or near.
  ["river", "river"], ["creek", "creek"], ["lake", "lake"], ["dam", "dam"], ["bridge", "bridge"], ["canal", "canal"],
  // Places people are in: a camp flooded, a gallery robbed, a stadium, a hospital the injured went to.
  ["camp", "camp"], ["gallery", "gallery"], ["museum", "museum"], ["airport", "airport"], ["hospital", "hospital"],
  ["prison", "prison"], ["stadium", "stadium"], ["arena", "arena"], ["cathedral", "cathedral"], ["basilica", "basilica"],
  ["chapel", "chapel"], ["mosque", "mosque"], ["temple", "temple"],
  // Where someone studied.
  ["university", "university"], ["college", "college"], ["academy", "academy"],
  // Bodies that decide, award or investigate, and religious orders.
  ["committee", "committee"], ["commission", "commission"], ["agency", "agency"], ["order", "religious order"],
  // Weather that drives an event.
  ["wind", "winds"], ["windstorm", "winds"],
  // Named events ("the Ridgeline Fire"): the fires or storms of a story.
  ...[...NAMED_EVENT_HEADS].map((head) => [head, head] as const),
]);

/**
 * Heads that make a name also in lower case after capitalised words ("the Marrow river", "Osk
 * Valley winds", "the Brunian order", "the Ridgeline fire"). Other heads must be capitalised:
 * "a Baptist camp" and "the Halden gallery" name no camp or gallery.
 */
export const LOWER_CASE_HEADS: ReadonlySet<string> = new Set(["river", "creek", "lake", "wind", "windstorm", "order", ...NAMED_EVENT_HEADS]);

/**
 * Nouns that open a name: "Camp Larkspur", "Operation Tinder", "Lake Osk", "Hurricane Ilse". With
 * "of" after them, "University of Halden", "Order of Saint Brun", "Museum of Modern Art".
 */
export const NAME_HEADS_BEFORE: ReadonlyMap<string, string> = new Map([
  ["camp", "camp"], ["operation", "operation"], ["lake", "lake"], ["mount", "mountain"], ["fort", "fort"],
  ["hurricane", "hurricane"], ["typhoon", "typhoon"], ["cyclone", "cyclone"], ["storm", "storm"],
  // Universities abroad keep their own name, head first ("Universidad Central de Osk").
  ["universidad", "university"], ["universidade", "university"], ["université", "university"], ["università", "university"],
]);

export const NAME_HEADS_BEFORE_OF: ReadonlyMap<string, string> = new Map([
  ["university", "university"], ["order", "religious order"], ["museum", "museum"], ["college", "college"],
]);

/**
 * Heads that name a religious order only when a name of its founder or its members comes before
 * ("the Brunian order", "the Order of Saint Brun"): "Executive Order" and "Public Order" are not.
 */
export const ORDER_HEAD = "order";
