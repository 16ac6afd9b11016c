/**
 * Organisations: head words that make a capitalised sequence an organisation, well-known
 * institutions that have no head word, and all-capitals words that are not acronyms of anything.
 * Used by analyze/entities/ and analyze/entities/key.ts. Lower-cased unless noted.
 */
import { plainForm } from "./countries.js";

/**
 * Words that end an organisation's name ("Azerbaijan *Airlines*", "Defence *Ministry*") or, before
 * "of", begin one ("*Bank* of England", "*University* of Oxford"). A lone head word ("Police",
 * "Parliament") is too generic to be an entity on its own.
 */
export const ORG_HEAD_WORDS: ReadonlySet<string> = new Set([
  // transport and companies
  "airlines", "airline", "airways", "aviation", "railways", "railway", "rail", "motors", "shipping", "lines",
  "inc", "ltd", "llc", "plc", "corp", "corporation", "company", "co", "group", "holdings", "industries",
  "technologies", "systems", "labs", "laboratories", "pharmaceuticals", "partners", "securities",
  "exchange", "enterprises", "ventures", "brands", "foods", "petroleum",
  // government
  "ministry", "department", "agency", "office", "bureau", "service", "services", "authority", "board",
  "administration", "government", "cabinet", "secretariat", "directorate", "inspectorate", "commission",
  "committee", "council", "parliament", "assembly", "congress", "senate", "house", "court", "tribunal", "treasury",
  "reserve", "mission", "embassy", "consulate",
  // security
  "police", "army", "navy", "forces", "force", "guard", "guards", "command", "corps", "brigade", "battalion",
  "regiment", "division", "fleet", "squadron", "militia",
  // civil society, politics, religion, education, health
  "party", "union", "league", "alliance", "coalition", "front", "movement", "association", "federation",
  "organization", "organisation", "foundation", "fund", "institute", "institution", "trust", "society",
  "initiative", "network", "watch", "church", "university", "college", "school", "academy", "hospital",
  "clinic", "centre", "center", "museum", "club", "nations", "bank",
  // media
  "news", "times", "post", "journal", "herald", "tribune", "telegraph", "gazette", "press", "radio",
  "television", "broadcasting", "media", "daily", "weekly", "magazine", "observer", "monitor",
]);

/**
 * Common nouns by which a report calls an organisation it has just named: "the party's best
 * result", "the company said". Kinds that own figures in the news (seats, sales, points); seats of
 * power and places ("the house", "the court", "the office") are left out: they are rarely a
 * stand-in for a name just given.
 */
export const ORG_CLASS_NOUNS: ReadonlySet<string> = new Set([
  "party", "bloc", "alliance", "coalition", "company", "firm", "group", "club", "team", "airline", "carrier",
  "bank", "union", "movement",
]);

/**
 * Institutions named without a head word, with their other names: "Name|alias,alias".
 * Source: the intergovernmental bodies, seats of government used as metonyms ("the Kremlin said")
 * and international news agencies that recur in world news.
 */
const KNOWN_ORGANIZATION_ROWS: readonly string[] = [
  "United Nations|UN,U.N.",
  "European Union|EU,E.U.",
  "NATO|North Atlantic Treaty Organization,Nato",
  "African Union|AU",
  "Arab League|League of Arab States",
  "ASEAN|Association of Southeast Asian Nations",
  "OPEC|Organization of the Petroleum Exporting Countries",
  "World Bank|",
  "International Monetary Fund|IMF",
  "World Health Organization|WHO",
  "International Criminal Court|ICC",
  "Red Cross|International Committee of the Red Cross,ICRC",
  "Red Crescent|",
  "Interpol|",
  "Europol|",
  "Kremlin|",
  "White House|",
  "Pentagon|",
  "Downing Street|",
  "Elysee|Elysee Palace",
  "Congress|",
  "Hamas|",
  "Hezbollah|",
  "Taliban|",
  "Islamic State|ISIS,ISIL",
  "al-Qaeda|al Qaeda,Al-Qaida,al-Qaida",
  "Reuters|",
  "Associated Press|AP",
  "Agence France-Presse|AFP",
  "Bloomberg|",
  "BBC|",
  "CNN|",
  "Al Jazeera|",
  "Xinhua|",
  "TASS|Tass",
  "Interfax|",
  "RIA Novosti|",
  "Anadolu|Anadolu Agency",
  "Kyodo|",
  "Yonhap|",
  "Amnesty International|Amnesty",
  "Human Rights Watch|HRW",
];

export interface OrganizationEntry {
  /** Canonical key: the plain form of the first name ("united nations"). */
  key: string;
  /** Written in capitals only ("WHO", "AP"): matches only capitals, so "who" is not the WHO. */
  capitalsOnly: boolean;
}

/** Plain form (see `plainForm` in countries.ts) → entry. */
export const KNOWN_ORGANIZATIONS: ReadonlyMap<string, OrganizationEntry> = (() => {
  const map = new Map<string, OrganizationEntry>();
  for (const row of KNOWN_ORGANIZATION_ROWS) {
    const [name = "", aliases = ""] = row.split("|");
    const key = plainForm(name);
    for (const form of [name, ...aliases.split(",").filter(Boolean)]) {
      const plain = plainForm(form);
      if (!map.has(plain)) map.set(plain, { key, capitalsOnly: /^[A-Z.]+$/.test(form) });
    }
  }
  return map;
})();

/**
 * Words in capitals that are not organisations: time zones, page furniture, units and common
 * abbreviations ("20:23 IST", "WATCH:", "GDP"). An acronym of 2–6 capitals is otherwise an organisation.
 */
export const ACRONYM_STOPWORDS: ReadonlySet<string> = new Set([
  "IST", "GMT", "UTC", "EST", "EDT", "CST", "CDT", "PST", "PDT", "CET", "CEST", "BST", "MSK", "AM", "PM",
  "TV", "OK", "FAQ", "RSS", "PDF", "URL", "HTML", "ID", "VIDEO", "PHOTO", "PHOTOS", "WATCH", "READ", "MORE",
  "LIVE", "NEWS", "BLOG", "ALSO", "NEW", "UPDATE", "AD", "ADS", "HD", "GDP", "COVID", "AIDS", "HIV", "CO",
  "KM", "KG", "MPH", "KPH", "USD", "EUR", "GBP", "VS", "PS", "NB", "RIP", "LOL", "OMG", "DIY", "Q", "A", "I",
  "TOP", "HOT", "SALE", "FREE", "MENU", "HOME", "LOGIN", "SHARE", "EMAIL", "JUST", "IN", "ON", "OF", "THE",
  "AND", "FOR", "BY", "TO", "AT", "IT", "IS", "WE", "OR", "CEO", "CFO", "COO", "CTO", "MP", "MEP", "NO", "SO", "IF", "AS", "BE", "DO", "GO", "MY", "ME",
]);
