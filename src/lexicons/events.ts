/**
 * Event triggers and the broad classes they fall into, read by analyze/event-triggers.ts.
 * Date and place claims are keyed "date: <class>" and "place: <class>". Classes are broad on
 * purpose: different reports name one incident with different verbs ("crashed", "was shot down",
 * "the downing", "was hit"), and align only compares claims with the same key.
 *
 * Classes: incident, earthquake, flood, fire, storm, vote, meeting, agreement, strike, death,
 * arrest, statement. "statement" is of low value (people say things on many days) and align
 * never reports conflicts on "date: statement".
 */

export type EventClass =
  | "incident" | "earthquake" | "flood" | "fire" | "storm" | "vote" | "meeting" | "agreement" | "strike"
  | "death" | "arrest" | "statement";

export interface EventTriggerEntry {
  cls: EventClass;
  /**
   * A weak trigger ("struck", "killed", "died", "incident") takes the class of a strong trigger
   * close by ("the earthquake struck" → earthquake) and loses to it when both are as near.
   */
  weak?: boolean;
}

const strong = (cls: EventClass): EventTriggerEntry => ({ cls });
const weak = (cls: EventClass): EventTriggerEntry => ({ cls, weak: true });

function entries(words: string, entry: EventTriggerEntry): [string, EventTriggerEntry][] {
  return words.split(/\s+/).filter(Boolean).map((word) => [word, entry]);
}

/** One-word triggers, lower-case. */
export const EVENT_WORDS: ReadonlyMap<string, EventTriggerEntry> = new Map([
  ...entries(`crash crashed crashes crashing crash-landed crash-landing downing downed derailed derailment
    derailments derail collision collisions collided sank sinking capsized capsizing capsize explosion explosions
    exploded blast blasts bombing bombings bombed attack attacks attacked shooting shootings stabbing
    ambush ambushed airstrike airstrikes air-strike massacre accident accidents collapse collapsed
    shootdown shoot-down detonated overturned overturning plunged rammed sunk`, strong("incident")),
  ...entries(`hit struck killed killing killings incident tragedy disaster catastrophe`, weak("incident")),
  ...entries(`earthquake earthquakes quake quakes tremor tremors aftershock aftershocks temblor tsunami tsunamis`, strong("earthquake")),
  ...entries(`flood floods flooding flooded inundated deluge landslide landslides mudslide mudslides`, strong("flood")),
  ...entries(`blaze blazes wildfire wildfires bushfire bushfires inferno`, strong("fire")),
  ...entries(`storm storms hurricane hurricanes typhoon typhoons cyclone cyclones tornado tornadoes landfall`, strong("storm")),
  ...entries(`election elections vote voted voting referendum ballot runoff run-off polls`, strong("vote")),
  ...entries(`meeting meetings met meet meets summit summits talks visit visited visiting conference
    negotiations session`, strong("meeting")),
  ...entries(`agreement agreed deal accord treaty ceasefire truce signed signing`, strong("agreement")),
  ...entries(`strike strikes walkout walkouts stoppage`, strong("strike")),
  ...entries(`died dies death deaths`, weak("death")),
  ...entries(`arrested arrest arrests detained detention apprehended`, strong("arrest")),
  ...entries(`said says told tells stated announced admitted acknowledged confirmed denied declared
    apologised apologized described statement admission remarks expressed warned insisted noted urged
    reported conceded`, strong("statement")),
]);

/**
 * Multi-word triggers, checked before the one-word list (so "drone strike" is an attack, not a
 * labour strike). Lower-case words in order.
 */
export const EVENT_PHRASES: readonly (readonly [phrase: string, entry: EventTriggerEntry])[] = [
  ["shot down", strong("incident")], ["shooting down", strong("incident")], ["shoot down", strong("incident")],
  ["went down", strong("incident")], ["came down", strong("incident")], ["rolled over", strong("incident")],
  ["veered off", strong("incident")], ["went off", strong("incident")], ["came off the rails", strong("incident")],
  ["came off the tracks", strong("incident")], ["came off the track", strong("incident")], ["left the rails", strong("incident")],
  ["left the tracks", strong("incident")], ["left the track", strong("incident")], ["jumped the tracks", strong("incident")],
  ["jumped the track", strong("incident")], ["flew off the rails", strong("incident")], ["went off the rails", strong("incident")], ["ran aground", strong("incident")], ["blew up", strong("incident")],
  ["opened fire", strong("incident")], ["air strike", strong("incident")], ["air strikes", strong("incident")],
  ["drone strike", strong("incident")], ["drone strikes", strong("incident")], ["missile strike", strong("incident")],
  ["missile strikes", strong("incident")], ["rocket attack", strong("incident")],
  ["caught fire", strong("fire")], ["fire broke out", strong("fire")], ["burned down", strong("fire")],
  ["burnt down", strong("fire")], ["set fire", strong("fire")], ["forest fire", strong("fire")],
  ["passed away", weak("death")], ["taken into custody", strong("arrest")],
  ["went to the polls", strong("vote")], ["go to the polls", strong("vote")],
];

/**
 * Weather hazards named as the circumstance of an incident ("capsized in a storm", "died in the
 * floods", "amid a blaze") are weak: the incident owns the date and place. Named as a subject
 * ("the storm struck on Friday", "the floods killed 40") they stay strong.
 */
export const CIRCUMSTANCE_CLASSES: ReadonlySet<EventClass> = new Set(["storm", "flood", "fire"]);
export const CIRCUMSTANCE_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "amid", "during", "through"]);

/** How far (tokens) a strong trigger can be from a weak one and still give it its class. */
export const WEAK_TRIGGER_WINDOW = 6;

/**
 * Words before an event that make it another, earlier event the report compares with ("comparing
 * the incident to the 2014 downing of …", "the deadliest since the 2004 tsunami"). Dates and places
 * of such events are not claims about this one. Lower-case; prefixes for inflections. "since",
 * "like" and "than" are left out: "since the crash" and "more than 38 killed" speak of this event.
 */
export const COMPARISON_CUES: readonly string[] = [
  "compar", "similar", "reminiscent", "recall", "echo", "anniversary", "previous", "surpass", "eclips",
];
/**
 * "since 2019", "than in 2021": "since" or "than" before a year (with "in" between) also introduces
 * an earlier event (but "since the crash" and "more than 38" do not).
 */
export const YEAR_COMPARISON_CUES: ReadonlySet<string> = new Set(["since", "than"]);
/** How far back (tokens) a comparison cue still governs an event. */
export const COMPARISON_WINDOW = 8;

/**
 * Nouns after an event word that make it a modifier, not an event ("the disaster agency", "crash
 * investigators", "the crash site", "earthquake victims were buried on Monday"): a date or place
 * in such a phrase is not the event's.
 */
export const EVENT_MODIFIED_NOUNS: ReadonlySet<string> = new Set([
  "agency", "agencies", "management", "relief", "response", "report", "reports", "zone", "zones", "team", "teams",
  "official", "officials", "ministry", "committee", "commission", "services", "service", "site", "scene", "victims",
  "investigators", "investigation", "insurance", "fund", "funds", "preparedness", "risk", "plan", "prevention",
  "survivors", "drill", "drills", "warning", "warnings", "season", "campaign", "campaigns", "results", "monitors",
]);

/**
 * A statement verb between a comma and a comma or the sentence end is an attribution tag ("…,
 * officials said." / "…, provincial officials said, and …"): a date before it belongs to the main
 * clause, not to the saying. The tag's subject is at most this many tokens.
 */
export const ATTRIBUTION_SUBJECT_MAX = 4;

/**
 * Nouns that close the proper name of an event: "the Cedar Canyon Fire", "the Ridgeline fire", "the
 * Camp Creek Complex". Such a name owns the figures told of it (acres burned, containment,
 * deaths), as a place owns the deaths in it. Names put the noun first ("Hurricane Harvey") are
 * found as names already. Singular only: "the Ridgeline and Cedar Canyon fires" names two.
 */
export const NAMED_EVENT_HEADS: ReadonlySet<string> = new Set([
  "fire", "wildfire", "blaze", "bushfire", "complex", "storm", "flood", "earthquake", "quake",
]);

/**
 * Nouns that close the name of an event held again and again and numbered in Roman numerals:
 * "the Harbour Bowl XII", "the Winter Games XXV", "the Party Congress XX". The numeral says which
 * edition a report's event is; a regnal number ("Louis XIV", "Pope Anselm III") follows a person's
 * name, never one of these nouns.
 */
export const NUMBERED_EVENT_HEADS: ReadonlySet<string> = new Set([
  "bowl", "games", "olympiad", "olympics", "cup", "congress", "council", "summit", "festival", "conference",
  "championship", "championships", "series", "classic", "expo", "jamboree", "synod",
]);
