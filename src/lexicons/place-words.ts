/**
 * Words around place names, read by analyze/places/names.ts and analyze/places/routes.ts.
 * Place names themselves are found from capitalisation; these words say what surrounds them.
 * Lower-case.
 */

/** Prepositions that put an event at a place ("crashed near X", "a summit in X"). */
export const LOCATION_PREPOSITIONS: ReadonlySet<string> = new Set([
  "in", "near", "outside", "at", "off", "over", "inside", "nearby",
]);

/**
 * Nouns that describe a place before or after its name ("the Bavarian capital Munich", "Kenya's
 * capital of Nairobi", "Germany's Bavaria region", "the town of X"). The name is kept, the
 * descriptor dropped, and a possessor or "of"-phrase becomes containment.
 */
export const PLACE_DESCRIPTORS: ReadonlySet<string> = new Set([
  "capital", "city", "town", "village", "region", "province", "state", "republic", "district", "county", "port",
  "island", "islands", "oblast", "prefecture", "territory", "municipality", "suburb", "hamlet", "commune",
  "governorate", "emirate", "canton", "department", "county", "borough", "metropolis", "enclave", "exclave",
  "area", "resort", "outskirts", "coast", "peninsula", "valley", "neighbourhood", "neighborhood", "settlement",
  // Facilities named with their town ("Dhaka's Sadarghat terminal"): the facility's name is kept.
  "terminal", "station", "airport", "harbour", "harbor", "jetty", "pier", "wharf", "quay", "dock", "docks",
]);

/**
 * Nouns that make the name after "of" a place, though not the name before them: "the coastal
 * community of Fernhill" is a place, "the Fernhill community" may be people. Read with the place
 * descriptors by analyze/entities/evidence.ts and analyze/frames/finders/event-places.ts.
 */
export const PLACE_NOUNS_BEFORE_OF: ReadonlySet<string> = new Set(["community"]);

/** Lower-case words that may stand between a preposition and a place name ("in western Kazakhstan"). */
export const PLACE_MODIFIERS: ReadonlySet<string> = new Set([
  "the", "western", "eastern", "northern", "southern", "central", "north", "south", "east", "west",
  "northwest", "northeast", "southwest", "southeast", "north-west", "north-east", "south-west", "south-east",
  "northwestern", "northeastern", "southwestern", "southeastern", "north-western", "north-eastern",
  "south-western", "south-eastern", "remote", "rural", "coastal", "downtown", "suburban", "mountainous",
  "regional", "nearby", "neighbouring", "neighboring", "breakaway", "occupied", "southernmost", "northernmost",
  "far", "upper", "lower", "greater", "autonomous", "federal", "russian-controlled",
]);

/** Capitalised words that do not start a place name (titles, holidays, pronoun-like words). */
export const NOT_PLACE_WORDS: ReadonlySet<string> = new Set([
  "the", "a", "an", "this", "that", "these", "those", "i", "he", "she", "it", "we", "they", "his", "her", "its",
  "president", "prime", "minister", "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "king", "queen",
  "prince", "princess", "pope", "general", "gen", "chancellor", "senator", "governor", "mayor", "judge",
  "justice", "secretary", "sheikh", "emir", "christmas", "easter", "ramadan", "eid", "diwali", "god", "allah",
  "parliament", "congress", "senate", "court", "government", "ministry", "police", "army", "navy", "state",
  "internet", "twitter", "facebook", "telegram", "instagram", "youtube", "tiktok", "reuters", "ap", "afp",
  "bbc", "cnn", "january", "february", "march", "april", "may", "june", "july", "august", "september",
  "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
  "sunday", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);

/**
 * Lower-case words that may follow a place name. Any other lower-case word right after a
 * capitalised word means the capitalised word was an adjective ("in Russian airspace",
 * "near Munich airport" is kept only through a descriptor). Words in -ed, -ing and -ly also pass.
 */
export const AFTER_PLACE_OK: ReadonlySet<string> = new Set([
  "and", "or", "but", "where", "when", "while", "which", "who", "that", "on", "in", "at", "after", "before",
  "to", "from", "for", "with", "as", "last", "this", "by", "during", "since", "until", "earlier", "late",
  "early", "of", "is", "was", "were", "are", "has", "had", "have", "will", "would", "said", "says", "amid",
  "into", "across", "near", "about", "over", "than", "then", "because", "if", "so", "yet", "not", "also",
  "around", "en", "via", "under", "toward", "towards", "against", "between", "among", "following",
]);

/**
 * Travel words: a "from X to Y" near one of these is a route. Plural nouns ("flights to Russia")
 * speak of a service in general, not of one journey, and make no route claim.
 */
export const TRAVEL_WORDS: ReadonlySet<string> = new Set([
  "flight", "flying", "flew", "fly", "flies", "bound", "heading", "headed", "travelling", "traveling",
  "travelled", "traveled", "train", "service", "bus", "coach", "ferry", "ship", "vessel", "boat", "jet", "plane",
  "airliner", "jetliner", "aircraft", "helicopter", "journey", "route", "sailing", "sailed", "voyage", "trip",
  "departed", "departing", "en", "route", "destined", "carrier", "liner", "cruise", "convoy", "express",
  "sleeper", "shuttle", "launch", "steamer", "hovercraft", "catamaran", "trawler", "freighter", "tanker", "airbus",
  "boeing", "embraer", "tram", "minibus", "lorry", "truck",
]);
/**
 * Singular travel nouns after an "X to Y" or "X–Y" pair ("the Almaty to Astana night train", "the
 * Dhaka–Barisal route"): the pair is then origin and destination.
 */
export const ROUTE_PAIR_NOUNS: ReadonlySet<string> = new Set([
  "flight", "train", "service", "bus", "coach", "ferry", "ship", "boat", "route", "line", "sleeper", "express",
  "launch", "steamer", "journey", "voyage", "crossing", "shuttle", "connection", "link", "highway", "motorway",
  "road", "railway", "pipeline",
]);
/** Lower-case words allowed between such a pair and its travel noun ("night", "overnight", "regional"). */
export const ROUTE_PAIR_MAX_GAP = 3;
/** Plural travel nouns: general services ("all flights to Russia were suspended"), never a route claim. */
export const PLURAL_TRAVEL_WORDS: ReadonlySet<string> = new Set([
  "flights", "trains", "services", "buses", "coaches", "ferries", "ships", "vessels", "boats", "jets", "planes",
  "airliners", "aircrafts", "helicopters", "journeys", "routes", "trips", "voyages", "connections", "links",
  "cruises", "convoys",
]);
/** Verbs of carrying whose object may stand between them and "from" ("carrying 214 people from X to Y"). */
export const CARRY_VERBS: ReadonlySet<string> = new Set(["carrying", "carried", "ferrying", "ferried", "transporting", "transported", "taking", "bringing"]);
/** How far back (tokens) such a verb may stand. */
export const CARRY_WINDOW = 5;
/** How many numbers, names or commas may stand between a travel word and "from" ("Flight 217 from", "flight J2-8243 from"). */
export const TRAVEL_GAP = 2;

/** Multi-word and one-word markers whose next place is the destination ("bound for Y", "en route to Y"). */
export const DESTINATION_MARKERS: readonly string[] = [
  "en route to", "bound for", "destined for", "heading for", "heading to", "heading towards", "headed for",
  "headed to", "headed towards", "on its way to", "on their way to", "on the way to", "en route for",
  "flying to", "flight to", "flew to", "travelling to", "traveling to", "sailing to", "sailing for", "sailed to",
  "sailed for", "bound to", "journey to", "voyage to", "trip to",
];
/** Markers whose next place is the origin ("took off from X", "departed X"). */
export const ORIGIN_MARKERS: readonly string[] = [
  "took off from", "taking off from", "departed from", "departing from", "departed", "departing", "left",
  "after leaving", "set sail from", "sailed from", "set off from",
];
