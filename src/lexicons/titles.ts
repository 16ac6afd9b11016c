/**
 * Honorifics and office titles. A title directly before a capitalised name makes the name a person
 * (analyze/entities/), is never part of the name, and with a country or organisation it forms a
 * role claim ("role: president of azerbaijan", analyze/roles/).
 *
 * All forms are lower-cased with periods dropped ("Gen." → "gen"). Values are the canonical title
 * used in role keys, so "spokesman", "spokeswoman" and "spokesperson" compare equal.
 */

/** Office and rank heads: the word a title phrase ends with ("Prime *Minister*", "Vice *President*"). */
export const TITLE_HEADS: ReadonlyMap<string, string> = new Map([
  ["president", "president"], ["president-elect", "president-elect"], ["vice-president", "vice president"],
  ["premier", "premier"], ["chancellor", "chancellor"], ["minister", "minister"], ["secretary", "secretary"],
  ["secretary-general", "secretary-general"], ["director-general", "director-general"],
  ["undersecretary", "undersecretary"], ["pm", "prime minister"],
  ["governor", "governor"], ["gov", "governor"], ["mayor", "mayor"], ["senator", "senator"], ["sen", "senator"],
  ["congressman", "representative"], ["congresswoman", "representative"], ["representative", "representative"],
  ["rep", "representative"], ["mp", "member of parliament"], ["lawmaker", "lawmaker"],
  ["ambassador", "ambassador"], ["envoy", "envoy"], ["commissioner", "commissioner"], ["speaker", "speaker"],
  ["chairman", "chair"], ["chairwoman", "chair"], ["chairperson", "chair"], ["chair", "chair"],
  ["ceo", "chief executive"], ["executive", "executive"], ["officer", "officer"], ["director", "director"],
  ["spokesman", "spokesperson"], ["spokeswoman", "spokesperson"], ["spokesperson", "spokesperson"],
  ["leader", "leader"], ["chief", "chief"], ["head", "head"], ["coach", "coach"], ["manager", "manager"],
  ["mvp", "most valuable player"],
  ["king", "king"], ["queen", "queen"], ["prince", "prince"], ["princess", "princess"], ["emperor", "emperor"],
  ["empress", "empress"], ["pope", "pope"], ["emir", "emir"], ["amir", "emir"], ["sultan", "sultan"],
  ["ayatollah", "ayatollah"], ["judge", "judge"], ["justice", "justice"], ["prosecutor", "prosecutor"],
  ["magistrate", "magistrate"], ["bishop", "bishop"], ["archbishop", "archbishop"], ["cardinal", "cardinal"],
  ["patriarch", "patriarch"],
  ["general", "general"], ["gen", "general"], ["lieutenant", "lieutenant"], ["lt", "lieutenant"],
  ["colonel", "colonel"], ["col", "colonel"], ["major", "major"], ["maj", "major"], ["captain", "captain"],
  ["capt", "captain"], ["sergeant", "sergeant"], ["sgt", "sergeant"], ["admiral", "admiral"], ["adm", "admiral"],
  ["commander", "commander"], ["cmdr", "commander"], ["brigadier", "brigadier"], ["brig", "brigadier"],
  ["marshal", "marshal"], ["corporal", "corporal"], ["cpl", "corporal"], ["inspector", "inspector"],
  ["insp", "inspector"], ["superintendent", "superintendent"], ["supt", "superintendent"],
  ["detective", "detective"], ["det", "detective"], ["constable", "constable"], ["sheriff", "sheriff"],
]);

/** Words that say when a holder holds an office ("Incumbent", "Outgoing"): never part of a name or of whose office it is. */
export const TENURE_WORDS: readonly string[] = ["incumbent", "outgoing", "caretaker"];

/**
 * Words that may precede a head inside a title phrase ("*Deputy Prime* Minister", "*Attorney* General",
 * "*Crown* Prince"). Portfolio words (below) may too.
 */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  "prime", "vice", "deputy", "assistant", "acting", "interim", "former", "ex", "late", "first", "chief",
  "senior", "junior", "supreme", "crown", "grand", "attorney", "surgeon", "inspector", "lieutenant", "major",
  "rear", "under", "permanent", "special", "high", "general", "executive", "managing", "head", "lead",
  "presidential", "federal", "regional", "provincial", "state", "police", "army", "military", "opposition",
  "party", "club", "team", "company", "group", "union", "press", "foreign", "government",
]);

/**
 * Ministerial portfolios: "*Transport* Minister", "Minister of *Foreign Affairs*", "Secretary of *State*".
 * A portfolio makes a shared head ("minister") specific enough for a role claim.
 */
export const PORTFOLIO_WORDS: ReadonlySet<string> = new Set([
  "foreign", "affairs", "defence", "defense", "interior", "home", "internal", "finance", "financial",
  "economy", "economic", "economics", "trade", "commerce", "industry", "health", "education", "transport",
  "transportation", "justice", "energy", "environment", "agriculture", "labour", "labor", "employment",
  "culture", "tourism", "sport", "sports", "youth", "science", "technology", "digital", "communications",
  "information", "media", "housing", "infrastructure", "works", "public", "emergency", "emergencies",
  "situations", "security", "homeland", "veterans", "social", "welfare", "women", "family", "development",
  "planning", "budget", "treasury", "state", "immigration", "migration", "aviation", "civil", "water",
  "mines", "mining", "oil", "petroleum", "fisheries", "maritime", "telecommunications", "innovation",
  "climate", "human", "rights", "relations", "ecology", "territorial", "local", "natural", "resources",
  "land", "lands", "armed", "forces", "intelligence", "police", "navy", "army", "air", "food", "power",
]);

/**
 * Heads that one person holds at a time for a given country or organisation: a role claim with these
 * can contradict another report. Canonical forms (values of TITLE_HEADS) and whole phrases.
 */
export const UNIQUE_TITLES: ReadonlySet<string> = new Set([
  "president", "president-elect", "vice president", "prime minister", "premier", "chancellor", "mayor",
  "governor", "king", "queen", "emperor", "empress", "pope", "emir", "sultan", "chief executive", "chair",
  "secretary-general", "director-general", "speaker", "leader", "supreme leader", "crown prince", "chief",
  "head", "coach", "head coach", "manager", "most valuable player", "sheriff",
]);

/**
 * Military and police ranks (canonical forms): a rank between an office and a name is the
 * person's, not the office ("military spokesman Lt Gen Jan Ek" holds the office "military spokesperson").
 */
export const RANKS: ReadonlySet<string> = new Set([
  "general", "lieutenant", "colonel", "major", "captain", "sergeant", "admiral", "commander", "brigadier",
  "marshal", "corporal", "inspector", "superintendent", "detective", "constable",
]);

/** Shared heads that become specific with a portfolio: "foreign minister", "secretary of state". */
export const PORTFOLIO_TITLES: ReadonlySet<string> = new Set(["minister", "secretary", "commissioner", "undersecretary"]);

/** Modifiers that make any title non-unique ("deputy minister", "former president"): no role claim. */
export const NON_UNIQUE_MODIFIERS: ReadonlySet<string> = new Set([
  "deputy", "assistant", "former", "ex", "late", "junior", "senior", "under",
]);

/**
 * Honorifics: they mark a person but carry no office ("Mr Smith", "Dr. Jones", "Sheikh Hamad").
 * Never a role claim.
 */
export const HONORIFICS: ReadonlySet<string> = new Set([
  "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev", "reverend",
  "hon", "sheikh", "sheik", "imam", "rabbi", "madam", "monsieur", "herr", "frau", "senor", "senora",
  // Forms of address before a title ("Her Excellency Ambassador …", "His Majesty King …").
  "eminence", "excellency", "holiness", "highness", "majesty",
]);

/** Abbreviated titles that carry a period ("Gen.", "Dr."): the period belongs to the token, not a sentence end. */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "mr", "mrs", "ms", "mx", "dr", "prof", "rev", "hon", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "cmdr",
  "brig", "cpl", "insp", "supt", "atty", "det", "gov", "sen", "rep", "st", "jr", "sr",
]);

/**
 * Lower-case nouns for people: directly before a capitalised name they make it a person
 * ("Kremlin spokesman Dmitry Peskov", "the pilot, Anna Berg"). Includes the title heads' plain forms.
 */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  "official", "analyst", "expert", "witness", "resident", "survivor", "passenger", "pilot", "co-pilot",
  "lawyer", "attorney", "teacher", "student", "activist", "journalist", "reporter", "correspondent", "author",
  "researcher", "scientist", "doctor", "nurse", "victim", "suspect", "legislator", "politician", "candidate",
  "founder", "owner", "executive", "colleague", "counterpart", "aide", "adviser", "advisor", "son", "daughter",
  "wife", "husband", "mother", "father", "brother", "sister", "friend", "singer", "actor", "actress",
  "player", "striker", "midfielder", "defender", "goalkeeper", "star", "boss", "economist", "historian",
  "professor", "lecturer", "chairman", "spokesman", "spokeswoman", "spokesperson", "negotiator", "mediator",
  "dissident", "opposition leader", "businessman", "businesswoman", "billionaire", "tycoon", "cleric",
  "commentator", "columnist", "editor", "photographer", "eyewitness", "farmer", "engineer", "soldier",
  "officer", "firefighter", "paramedic", "surgeon", "physician", "priest", "monk", "nun",
]);
