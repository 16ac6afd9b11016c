/**
 * Words that end with a period without ending a sentence. Lower-cased, without the period.
 * Titles, months, street and company forms, and common Latin abbreviations seen in news copy.
 */
export const NON_TERMINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gen", "lt", "col", "capt", "cmdr",
  "sgt", "gov", "sen", "rep", "rev", "hon", "pres", "supt", "atty", "insp", "det", "adm", "maj", "brig",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
  "inc", "ltd", "co", "corp", "bros", "dept", "univ", "assn", "ave", "blvd", "rd",
  "no", "nos", "vs", "etc", "approx", "est", "fig", "vol", "ca", "cf", "al",
  "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m",
]);
