/**
 * Units after a number, read by analyze/quantities/exclusions.ts and analyze/quantities/context.ts.
 * Lower-case. A count of time is a duration, not a count of anything that happened; a count of
 * a measure unit is kept only as a loose "count: <unit>" claim.
 */

/** Durations: "10 months after", "two days", "a 45-minute flight". Never a counted quantity. */
export const TIME_UNITS: ReadonlySet<string> = new Set([
  "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs",
  "day", "days", "night", "nights", "week", "weeks", "weekend", "weekends", "fortnight", "fortnights",
  "month", "months", "year", "years", "yr", "yrs", "decade", "decades", "century", "centuries",
  "millennium", "millennia", "morning", "mornings", "evening", "evenings", "afternoon", "afternoons",
]);

/**
 * Measures and the canonical name used in a loose "count: <unit>" key. Abbreviations included
 * because news writes "10km" and "33 ft". Values are not converted between units.
 */
export const MEASURE_UNITS: ReadonlyMap<string, string> = new Map([
  ["metre", "metre"], ["metres", "metre"], ["meter", "metre"], ["meters", "metre"],
  ["km", "kilometre"], ["kms", "kilometre"], ["kilometre", "kilometre"], ["kilometres", "kilometre"],
  ["kilometer", "kilometre"], ["kilometers", "kilometre"],
  ["cm", "centimetre"], ["centimetres", "centimetre"], ["centimeters", "centimetre"], ["mm", "millimetre"],
  ["millimetres", "millimetre"], ["millimeters", "millimetre"],
  ["mile", "mile"], ["miles", "mile"], ["foot", "foot"], ["feet", "foot"], ["ft", "foot"],
  ["inch", "inch"], ["inches", "inch"], ["yard", "yard"], ["yards", "yard"],
  ["kg", "kilogram"], ["kilogram", "kilogram"], ["kilograms", "kilogram"], ["kilos", "kilogram"],
  ["tonne", "tonne"], ["tonnes", "tonne"], ["ton", "tonne"], ["tons", "tonne"], ["lb", "pound weight"], ["lbs", "pound weight"],
  ["litre", "litre"], ["litres", "litre"], ["liter", "litre"], ["liters", "litre"], ["gallon", "gallon"], ["gallons", "gallon"],
  ["hectare", "hectare"], ["hectares", "hectare"], ["acre", "acre"], ["acres", "acre"],
  ["knots", "knot"], ["mph", "mph"], ["kph", "kmh"], ["kmh", "kmh"],
  ["degree", "degree"], ["degrees", "degree"],
]);

/** Currency words after a number ("5 million dollars"); the key is "count: <code>". */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ["dollar", "usd"], ["dollars", "usd"], ["euro", "eur"], ["euros", "eur"], ["pound", "gbp"], ["pounds", "gbp"],
  ["rupee", "inr"], ["rupees", "inr"], ["yuan", "cny"], ["yen", "jpy"], ["rouble", "rub"], ["roubles", "rub"],
  ["ruble", "rub"], ["rubles", "rub"], ["manat", "manat"], ["naira", "ngn"], ["rand", "zar"], ["shekels", "ils"],
  ["krona", "sek"], ["kronor", "sek"],
]);

/**
 * Currencies named with their country's adjective ("11 million Swedish crowns", "40 million Swiss
 * francs"): the adjective says which crown, franc or dollar; "crowns" alone is jewellery.
 */
export const CURRENCY_PHRASES: ReadonlyMap<string, string> = new Map([
  ...["krona", "kronor", "crown", "crowns"].map((w) => [`swedish ${w}`, "sek"] as const),
  ...["krone", "kroner", "crown", "crowns"].map((w) => [`norwegian ${w}`, "nok"] as const),
  ...["krone", "kroner", "crown", "crowns"].map((w) => [`danish ${w}`, "dkk"] as const),
  ...["koruna", "korunas", "crown", "crowns"].map((w) => [`czech ${w}`, "czk"] as const),
  ...["franc", "francs"].map((w) => [`swiss ${w}`, "chf"] as const),
  ...["peso", "pesos"].map((w) => [`mexican ${w}`, "mxn"] as const),
  ...["lira", "liras"].map((w) => [`turkish ${w}`, "try"] as const),
  ...["dollar", "dollars"].flatMap((w) => [[`canadian ${w}`, "cad"], [`australian ${w}`, "aud"], [`singapore ${w}`, "sgd"]] as const),
  // A country's letters ("20 million U.S. dollars", "the 40-billion-HK-dollar bid", read as "us", "hk").
  ...["dollar", "dollars"].flatMap((w) => [[`us ${w}`, "usd"], [`u.s. ${w}`, "usd"], [`hk ${w}`, "hkd"]] as const),
]);

/** Currency signs before a number ("$5m", "£2bn"). */
export const CURRENCY_SIGNS: ReadonlyMap<string, string> = new Map([
  ["$", "usd"], ["£", "gbp"], ["€", "eur"], ["¥", "jpy"], ["₹", "inr"], ["₽", "rub"], ["₦", "ngn"],
]);

/** Words that make a number a time of day ("at 5 pm", "20:23 IST", "10 o'clock"). */
export const CLOCK_MARKERS: ReadonlySet<string> = new Set([
  "am", "pm", "a.m", "p.m", "o'clock", "o’clock", "gmt", "utc", "bst", "cet", "cest", "ist", "est", "edt", "pst",
  "pdt", "cst", "cdt", "msk", "hrs", "h",
]);

/** Words that make a number an age ("aged 45", "a 45-year-old"). */
export const AGE_MARKERS_BEFORE: ReadonlySet<string> = new Set(["aged", "age", "ages"]);

/** Percent written after a number: "52%", "52 percent", "52 pct" ("52 per cent" is two words: see numbers.ts). */
export const PERCENT_WORDS: ReadonlySet<string> = new Set(["%", "percent", "pct"]);

/**
 * Words after a counted phrase that make it a rate, not a count of what happened ("carries
 * 70,000 passengers a day", "10,000 deaths annually"): no claim. "a"/"per"/"each"/"every" count
 * only before a TIME_UNITS word.
 */
export const RATE_WORDS_BEFORE_UNIT: ReadonlySet<string> = new Set(["a", "an", "per", "each", "every"]);
export const RATE_ADVERBS: ReadonlySet<string> = new Set(["annually", "daily", "weekly", "monthly", "yearly", "hourly", "nightly"]);
