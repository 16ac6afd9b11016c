/**
 * What a number counts, read by analyze/quantities/context.ts. Slot names are the `key` of quantity
 * claims and are what align compares across reports, so every phrasing of one fact must land on
 * one slot ("38 dead", "killed 38", "the death toll rose to 38", "38 lost their lives" → killed).
 *
 * Slot vocabulary: killed, injured, missing, trapped, aboard, survivors, rescued, evacuated,
 * arrested, charged, displaced, casualties, identified, homes destroyed, homes damaged (plus turnout, share/votes/seats
 * and magnitude from their own finders, and the loose "count: <noun>").
 */

/**
 * Verbs or participles right after the counted phrase ("38 people were killed", "29 survived").
 * Multi-word entries are matched token by token. Auxiliaries in between are skipped
 * (PREDICATE_AUXILIARIES).
 */
export const PREDICATE_SLOTS: readonly (readonly [phrase: string, slot: string])[] = [
  ["killed", "killed"], ["dead", "killed"], ["died", "killed"], ["die", "killed"], ["perished", "killed"],
  ["lost their lives", "killed"], ["lost their life", "killed"], ["drowned", "killed"], ["slain", "killed"],
  ["murdered", "killed"], ["shot dead", "killed"], ["burned to death", "killed"], ["crushed to death", "killed"],
  ["injured", "injured"], ["wounded", "injured"], ["hurt", "injured"], ["hospitalised", "injured"],
  ["hospitalized", "injured"], ["in hospital", "injured"], ["taken to hospital", "injured"],
  ["sustained injuries", "injured"], ["suffered injuries", "injured"],
  ["missing", "missing"], ["unaccounted for", "missing"], ["unaccounted", "missing"],
  ["survived", "survivors"], ["survive", "survivors"],
  ["rescued", "rescued"], ["saved", "rescued"], ["pulled alive", "rescued"], ["found alive", "rescued"],
  ["alive", "rescued"], ["trapped", "trapped"], ["buried", "trapped"],
  ["evacuated", "evacuated"], ["displaced", "displaced"], ["homeless", "displaced"], ["fled", "displaced"],
  ["forced to flee", "displaced"], ["arrested", "arrested"], ["detained", "arrested"],
  ["taken into custody", "arrested"], ["charged", "charged"],
  ["on board", "aboard"], ["aboard", "aboard"], ["onboard", "aboard"],
  // The dead named by the coroner so far ("12 victims have been identified"): a tally of its own.
  ["identified", "identified"],
];

/**
 * Words skipped between the counted phrase and its predicate ("38 people were reportedly killed",
 * "who are believed to have died"). Adverbs in -ly are skipped too. Kept short so a predicate
 * of another clause is not reached.
 */
export const PREDICATE_AUXILIARIES: ReadonlySet<string> = new Set([
  "who", "that", "were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "all", "reported",
  "confirmed", "believed", "feared", "thought", "presumed", "now", "still", "later", "also", "already",
  "initially", "subsequently", "to", "remain", "remained", "remains", "either", "each", "both", "eventually",
  "left", "listed", "as", "found", "declared", "pronounced", "officially", "may", "might", "could", "would",
  "will", "should", "must", "likely", "probably", "possibly", "feared", "understood", "known",
]);

/**
 * Words that open an aside between a counted phrase and its predicate ("38 people, including
 * five children, were killed"): the aside is skipped up to its closing comma.
 */
export const ASIDE_OPENERS: ReadonlySet<string> = new Set(["including", "among", "mostly", "many", "most", "some", "all", "both", "nearly", "half"]);
/** Longest aside skipped (tokens). */
export const MAX_ASIDE_TOKENS = 10;

/** Words that negate a predicate ("38 were not injured"): no claim. */
export const NEGATIONS: ReadonlySet<string> = new Set(["not", "never", "no", "n't", "nobody"]);

/** Verbs right before the number whose object is what is counted ("killed 38", "killing at least 38"). */
export const LEFT_VERB_SLOTS: ReadonlyMap<string, string> = new Map([
  ["killed", "killed"], ["killing", "killed"], ["kills", "killed"], ["kill", "killed"], ["claimed", "killed"],
  ["drowning", "killed"],
  ["injured", "injured"], ["injuring", "injured"], ["injures", "injured"], ["wounded", "injured"],
  ["wounding", "injured"], ["hurting", "injured"], ["hospitalising", "injured"], ["hospitalizing", "injured"],
  ["rescued", "rescued"], ["rescuing", "rescued"], ["rescues", "rescued"], ["saved", "rescued"], ["saving", "rescued"],
  ["winched", "rescued"], ["airlifted", "rescued"],
  ["evacuated", "evacuated"], ["evacuating", "evacuated"], ["evacuates", "evacuated"],
  ["arrested", "arrested"], ["arresting", "arrested"], ["arrests", "arrested"], ["detained", "arrested"],
  ["detaining", "arrested"], ["charged", "charged"], ["charging", "charged"],
  ["displaced", "displaced"], ["displacing", "displaced"],
  ["carrying", "aboard"], ["carried", "aboard"], ["carries", "aboard"],
  ["destroyed", "homes destroyed"], ["destroying", "homes destroyed"], ["razed", "homes destroyed"],
  ["flattened", "homes destroyed"], ["damaged", "homes damaged"], ["damaging", "homes damaged"],
]);

/**
 * Verbs that rescue only when the people come out alive ("pulled 171 people out of the water
 * alive"); "pulled eleven people into their boat" or "pulled 26 bodies" says nothing of the toll.
 */
export const ALIVE_ONLY_RESCUE_VERBS: ReadonlySet<string> = new Set(["pulled", "plucked", "dragged", "hauled", "dug", "brought"]);

/** Nouns before "of N" that say what N is ("the deaths of 38 people", "the rescue of 12 miners"). */
export const LEFT_NOUN_OF_SLOTS: ReadonlyMap<string, string> = new Map([
  ["deaths", "killed"], ["death", "killed"], ["lives", "killed"], ["killing", "killed"], ["killings", "killed"],
  ["loss", "killed"], ["rescue", "rescued"], ["evacuation", "evacuated"], ["arrest", "arrested"],
  ["arrests", "arrested"], ["detention", "arrested"], ["displacement", "displaced"],
  ["wounding", "injured"], ["injuring", "injured"],
]);

/**
 * Nouns before "for N" that say what N is: "mandatory evacuations for 6,000 people", "evacuation
 * orders for 35,000 residents" ("orders" read through to the noun before it). Other nouns take
 * "for" as a beneficiary or a cost ("a loss for 20,000 workers"), never a toll.
 */
export const LEFT_NOUN_FOR_SLOTS: ReadonlyMap<string, string> = new Map([
  ["evacuation", "evacuated"], ["evacuations", "evacuated"],
]);
/** Nouns of a "for N" noun that stand after it: "evacuation orders for 35,000". */
export const LEFT_NOUN_FOR_HEADS: ReadonlySet<string> = new Set(["order", "orders"]);

/** Words skipped between a left verb and the number ("killed a total of 38", "killing another 5"). */
export const LEFT_SKIP_WORDS: ReadonlySet<string> = new Set([
  "the", "a", "an", "another", "additional", "further", "total", "all", "some", "only", "just", "exactly", "least",
]);

/** "the death toll rose to 38": a toll word a few tokens before the number makes it "killed". */
export const TOLL_WORDS: ReadonlySet<string> = new Set(["toll", "tolls"]);
/** A toll of something else ("injury toll") is not the death toll. */
export const NON_DEATH_TOLL_MODIFIERS: ReadonlySet<string> = new Set(["injury", "casualty", "damage", "economic"]);
/** How far back (tokens) a toll word still governs the number ("the death toll has risen to 38"). */
export const TOLL_WINDOW = 8;
/**
 * With a verb of change or standing right before the number ("rose to", "reached", "stood at"),
 * the toll may stand much further back: "The death toll from the magnitude 6.2 quake that struck
 * eastern Iran in the early hours of April 9 reached 140". Numbers inside dates and magnitudes
 * on the way are skipped.
 */
export const TOLL_WINDOW_WITH_VERB = 24;
export const TOLL_VERBS: ReadonlySet<string> = new Set([
  "rose", "risen", "rises", "rising", "climbed", "climbs", "climbing", "jumped", "jumps", "reached", "reaches",
  "reaching", "stood", "stands", "standing", "increased", "increases", "hit", "hits", "surged", "soared", "grew",
  "is", "was", "now", "mounted", "topped", "passed", "exceeded", "put", "bringing", "brought",
]);
/**
 * Words right before a toll verb that make the figure an earlier one the report has replaced ("the
 * toll had stood at 12 on Thursday morning", "initially put at 12"): not a claim of the report
 * (QTY_SKIP_SUPERSEDED), or a rising toll would look like two figures of one day.
 */
export const SUPERSEDED_CUES: ReadonlySet<string> = new Set(["had", "initially", "previously", "originally", "earlier", "first"]);

/**
 * "the number of people killed rose to 87", "the number of dead stands at 12": the slot word after
 * "number of (people)" names the toll. Lower-case; participles and slot nouns.
 */
export const NUMBER_OF_SLOT_WORDS: ReadonlyMap<string, string> = new Map([
  ["killed", "killed"], ["dead", "killed"], ["deaths", "killed"], ["fatalities", "killed"], ["died", "killed"],
  ["injured", "injured"], ["wounded", "injured"], ["injuries", "injured"], ["missing", "missing"],
  ["displaced", "displaced"], ["evacuated", "evacuated"], ["arrested", "arrested"], ["arrests", "arrested"],
  ["rescued", "rescued"], ["survivors", "survivors"], ["casualties", "casualties"],
]);

/** The counted noun itself names the slot ("41 deaths", "31 survivors", "no survivors"). */
export const NOUN_SLOTS: ReadonlyMap<string, string> = new Map([
  ["deaths", "killed"], ["death", "killed"], ["fatalities", "killed"], ["fatality", "killed"], ["dead", "killed"],
  ["lives", "killed"],
  ["casualties", "casualties"], ["casualty", "casualties"],
  ["survivors", "survivors"], ["survivor", "survivors"],
  ["injuries", "injured"], ["injury", "injured"], ["injured", "injured"], ["wounded", "injured"],
  ["evacuees", "evacuated"], ["arrests", "arrested"], ["detainees", "arrested"],
  ["passengers", "aboard"], ["passenger", "aboard"], ["occupants", "aboard"], ["souls", "aboard"],
  ["missing", "missing"], ["homeless", "displaced"],
]);

/**
 * Bodies count the dead only when recovered ("recovered 26 bodies", "31 bodies were pulled from
 * the river"); "19 bodies had been handed over" is a subset. Verbs before or after the noun.
 */
export const BODY_NOUNS: ReadonlySet<string> = new Set(["bodies", "body", "corpses", "remains"]);
export const RECOVERY_VERBS: ReadonlySet<string> = new Set([
  "recovered", "recovering", "retrieved", "retrieving", "found", "finding", "pulled", "pulling", "removed",
  "exhumed", "discovered", "washed", "dragged", "brought",
]);

/**
 * Words a few tokens before a number that make it a capacity, not a count of people aboard
 * ("licensed to carry 150 passengers", "a capacity of 150", "can carry up to 300"): key "capacity".
 */
export const CAPACITY_CUES: ReadonlySet<string> = new Set([
  "licensed", "licenced", "designed", "certified", "permitted", "allowed", "capacity", "rated", "can", "could",
  "able", "built", "authorised", "authorized", "approved", "maximum",
]);
/** How far back (tokens) a capacity cue governs the number. */
export const CAPACITY_WINDOW = 4;

/** Nouns for people travelling on a vehicle: "carrying N …" and "all N … aboard" need one of these (or no noun). */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  "people", "persons", "person", "passengers", "passenger", "occupants", "crew", "souls", "travellers", "travelers",
  "migrants", "pilgrims", "tourists", "students", "children", "adults", "others", "members", "schoolchildren",
  "pupils", "workers", "soldiers", "troops", "fans", "refugees", "worshippers", "commuters", "patients",
  "prisoners", "miners", "fishermen", "sailors", "seafarers", "crewmembers", "guests", "residents",
]);

/**
 * Counted nouns that name no particular group: a slot counted with them (or with no noun) is the
 * plain slot ("killed"). "passengers" is a group: "the driver and three passengers died" is part
 * of the toll, so "three passengers also died" is "killed: passenger". Any other person noun makes a sub-slot ("killed: soldier",
 * "rescued: miner"), so "killed nine soldiers" and "two gunmen were shot dead" in one story do
 * not contradict each other. Lower-case.
 */
export const GENERIC_COUNTED_NOUNS: ReadonlySet<string> = new Set([
  "people", "persons", "person", "individuals", "individual", "occupants", "souls",
  "victims", "victim", "others", "residents", "inhabitants", "travellers", "travelers", "commuters", "lives",
  "deaths", "fatalities", "bodies", "casualties", "survivors", "injuries", "evacuees", "arrests", "detainees",
  "dead", "injured", "wounded", "missing", "homeless", "crew",
]);
/** Slots that take a sub-slot for a particular group; "aboard" counts everyone aboard whatever the noun. */
export const SUB_SLOTTED: ReadonlySet<string> = new Set([
  "killed", "injured", "missing", "trapped", "rescued", "evacuated", "arrested", "charged", "displaced", "casualties",
  "survivors", "identified",
]);

/**
 * Adjectives before a slot noun that do not name a group ("38 confirmed deaths", "12 serious
 * injuries"). Any other word there does ("1,624 road deaths" → "killed: road", "38 civilian
 * deaths" → "killed: civilian"): a statistic of a kind is not the event's count.
 */
export const NEUTRAL_SLOT_NOUN_MODIFIERS: ReadonlySet<string> = new Set([
  "confirmed", "known", "reported", "new", "further", "additional", "more", "other", "total", "official",
  "recorded", "serious", "minor", "critical", "fatal", "possible", "suspected", "estimated", "overall",
  "registered", "documented", "related", "separate", "direct", "immediate", "initial",
]);

/** Vehicles that make "on the <vehicle>" an aboard marker ("90 people on the plane"). */
export const VEHICLE_NOUNS: ReadonlySet<string> = new Set([
  "plane", "aircraft", "jet", "airliner", "jetliner", "flight", "train", "bus", "coach", "ship", "ferry", "boat",
  "vessel", "helicopter", "craft", "minibus", "truck", "lorry", "van", "car", "carriage", "dinghy",
]);

/** Buildings counted with a destroyed/damaged verb go to the property slots, not to a person slot. */
export const PROPERTY_NOUNS: ReadonlySet<string> = new Set([
  "homes", "home", "houses", "house", "buildings", "building", "dwellings", "structures", "shelters", "apartments",
  "flats", "shops", "schools", "properties",
]);
/** Predicates that apply to buildings, and the property slot each gives. */
export const PROPERTY_PREDICATES: ReadonlyMap<string, string> = new Map([
  ["destroyed", "homes destroyed"], ["razed", "homes destroyed"], ["flattened", "homes destroyed"],
  ["collapsed", "homes destroyed"], ["levelled", "homes destroyed"], ["leveled", "homes destroyed"],
  ["damaged", "homes damaged"], ["flooded", "homes damaged"],
]);

/**
 * Nouns before a number that make it a name, not a count ("Flight 217", "route 66", "Article 5").
 * Lower-case; matched whatever the case in the text.
 */
export const IDENTIFIER_NOUNS: ReadonlySet<string> = new Set([
  "flight", "route", "platform", "gate", "number", "no", "nos", "line", "page", "model", "version", "chapter",
  "article", "section", "phase", "category", "level", "grade", "room", "seat", "terminal", "highway", "interstate",
  "road", "channel", "episode", "season", "vol", "volume", "paragraph", "rule", "resolution", "item", "figure",
  "table", "unit", "block", "ward", "district", "zone", "sector", "pier", "berth", "track", "lane", "exit",
  "runway", "bus", "train", "tram", "edition", "issue", "act", "amendment", "clause", "week", "day", "stage",
  "round", "game", "match", "group", "class", "type", "series", "mark", "mk", "batch", "case", "file", "code",
]);

/**
 * Sentence words that may stand capitalised right before a number without making it a name
 * ("Killing 38", "Of the 67", "About 40"): every other capitalised word there (Airbus 320,
 * Boeing 737, Windows 11) marks an identifier. Lower-case.
 */
export const CAPITALISED_BEFORE_COUNT_OK: ReadonlySet<string> = new Set([
  "the", "of", "all", "some", "about", "over", "nearly", "almost", "around", "only", "just", "another", "at",
  "up", "and", "but", "with", "by", "in", "on", "for", "to", "from", "among", "roughly", "approximately",
  "exactly", "more", "fewer", "less", "least", "than", "as", "many", "estimated", "an", "a", "there", "were",
  "are", "was", "is", "had", "have", "has", "toll", "kills", "killing", "killed", "injuring", "injures",
  "wounding", "leaves", "leaving", "left", "carrying", "rescues", "rescued", "arrests", "arrested",
  "evacuates", "evacuated", "dead", "death", "deaths", "say", "says", "said", "claims", "claim",
]);

/**
 * Words that end the counted phrase after a number. Function words and words that start a new
 * clause or prepositional phrase. Lower-case.
 */
export const NOUN_PHRASE_STOP_WORDS: ReadonlySet<string> = new Set(
  `a an the of in on at to from by with for as and or but nor that which who whom whose this these those
  there their its his her our your my they them he she it we you i is are was were be been being have has
  had do does did will would shall should can could may might must not no so than then too very also more
  most less least over under about after before since during while when where why how if into onto out up
  down off across through per each every all some any both either neither such only just still yet already
  even ever again here now today yesterday ago later earlier including included among against between
  within without near outside inside amid despite according because until de la el le du des y et en con
  del los las les un una une percent`.split(/\s+/).filter(Boolean),
);

/** Irregular plurals and their lemma, for "count: <noun>" keys and plural detection. */
export const IRREGULAR_PLURALS: ReadonlyMap<string, string> = new Map([
  ["people", "person"], ["men", "man"], ["women", "woman"], ["children", "child"], ["feet", "foot"],
  ["teeth", "tooth"], ["mice", "mouse"], ["geese", "goose"], ["lives", "life"], ["wives", "wife"],
  ["knives", "knife"], ["thieves", "thief"], ["halves", "half"], ["wolves", "wolf"], ["leaves", "leaf"],
  ["police", "police"], ["crew", "crew"], ["staff", "staff"], ["personnel", "personnel"], ["cattle", "cattle"],
  ["livestock", "livestock"], ["sheep", "sheep"], ["fish", "fish"], ["aircraft", "aircraft"], ["buses", "bus"],
  ["troops", "troop"], ["dead", "dead"], ["injured", "injured"], ["wounded", "wounded"], ["missing", "missing"],
  ["homeless", "homeless"], ["data", "data"], ["media", "media"], ["criteria", "criterion"], ["news", "news"],
]);

/** Words ending in -s that are not plurals (so not a counted head): "crisis", "status", "various". */
export const NOT_PLURAL_ENDINGS = /(?:ss|us|is|ous|ics|ness|ws)$/;

/**
 * Election context: percentages and vote counts become "share: <name>", "votes: <name>",
 * "seats: <name>" only in a sentence that mentions voting.
 */
export const ELECTION_CONTEXT_WORDS: ReadonlySet<string> = new Set([
  "vote", "votes", "voted", "voters", "voting", "ballot", "ballots", "election", "elections", "poll", "polls",
  "runoff", "run-off", "referendum", "seats", "constituency", "constituencies", "electorate", "turnout",
  "parliamentary", "presidential", "candidate", "candidates",
]);
/** Verbs between a candidate or party and its share ("Smith won 52%", "Labour took 412 seats"). */
export const ELECTION_VERBS: ReadonlySet<string> = new Set([
  "won", "wins", "win", "winning", "received", "receives", "receiving", "got", "gets", "took", "takes", "secured",
  "secures", "securing", "garnered", "garnering", "polled", "polling", "captured", "gained", "gaining",
  "obtained", "had", "has", "scored", "collected", "claimed", "claiming", "drew", "finished", "came",
]);
/** Words of party names; a name with one of them is an organization for entityKey, else a person. */
export const PARTY_NAME_WORDS: ReadonlySet<string> = new Set([
  "party", "alliance", "front", "union", "movement", "congress", "league", "coalition", "bloc", "democrats",
  "democratic", "republicans", "republican", "conservatives", "conservative", "socialists", "socialist", "greens",
  "green", "labour", "labor", "liberal", "liberals", "national", "nationalist", "people's", "progressive",
  "progressives", "reform", "unity", "workers", "communist", "communists", "christian", "independents",
  "independence", "regionalist", "alternative", "left", "right", "centre", "center", "federation", "list",
]);
/** The turnout noun; a percentage next to it is the "turnout" slot. */
export const TURNOUT_WORDS: ReadonlySet<string> = new Set(["turnout", "turn-out"]);
/** How far (tokens) "turnout" may stand before its percentage ("turnout was put at 62%"). */
export const TURNOUT_WINDOW = 6;

/** Words that tell a seismic sentence, where "measuring 6.1" is a magnitude. */
export const SEISMIC_WORDS: ReadonlySet<string> = new Set([
  "earthquake", "earthquakes", "quake", "quakes", "tremor", "tremors", "aftershock", "aftershocks", "temblor",
  "seismic", "magnitude", "richter", "epicentre", "epicenter",
]);
