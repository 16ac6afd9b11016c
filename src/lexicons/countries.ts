/**
 * Countries, their other names, demonyms/adjectives and capitals, plus the world regions news copy
 * names most often. Used by analyze/entities/ (typing a capitalised word as a place) and
 * analyze/entities/key.ts (folding "Azerbaijani", "Azerbaijan's" and "Azerbaijan" to one key).
 *
 * Source: the 193 UN member states, the two UN observer states, and widely reported territories,
 * with the demonyms used in English-language news style guides. Written as one line per country so
 * the table stays reviewable:
 *
 *   "Name | other names | demonyms and adjectives | capitals"
 *
 * Fields are comma-separated lists; in the capitals field "Kyiv/Kiev" gives spellings of one city
 * (folded to the first), while "La Paz,Sucre" names two cities.
 * The first name is canonical: every other form folds to its lower-cased, accent-free spelling.
 * When two countries share a demonym ("Congolese"), the first row wins.
 * Capitals that are mostly read as first names or common words in news (Victoria, Male,
 * St. John's) are left out on purpose: a capital types a lone capitalised word as a place, and a
 * wrong capital would turn people into places. A title before a name still wins over a capital.
 * Plurals of demonyms ("Russians", "Azerbaijanis") are derived in `demonymPlural`.
 */
const COUNTRY_ROWS: readonly string[] = [
  "Afghanistan||Afghan|Kabul",
  "Albania||Albanian|Tirana",
  "Algeria||Algerian|Algiers",
  "Andorra||Andorran|Andorra la Vella",
  "Angola||Angolan|Luanda",
  "Antigua and Barbuda|Antigua|Antiguan|",
  "Argentina||Argentine,Argentinian|Buenos Aires",
  "Armenia||Armenian|Yerevan",
  "Australia||Australian|Canberra",
  "Austria||Austrian|Vienna",
  "Azerbaijan||Azerbaijani,Azeri|Baku",
  "Bahamas|The Bahamas|Bahamian|Nassau",
  "Bahrain||Bahraini|Manama",
  "Bangladesh||Bangladeshi|Dhaka",
  "Barbados||Barbadian|Bridgetown",
  "Belarus|Byelorussia|Belarusian,Belarussian|Minsk",
  "Belgium||Belgian|Brussels",
  "Belize||Belizean|Belmopan",
  "Benin||Beninese|Porto-Novo",
  "Bhutan||Bhutanese|Thimphu",
  "Bolivia||Bolivian|La Paz,Sucre",
  "Bosnia and Herzegovina|Bosnia,Bosnia-Herzegovina|Bosnian|Sarajevo",
  "Botswana||Botswanan,Motswana,Batswana|Gaborone",
  "Brazil||Brazilian|Brasilia",
  "Brunei|Brunei Darussalam|Bruneian|Bandar Seri Begawan",
  "Bulgaria||Bulgarian|Sofia",
  "Burkina Faso||Burkinabe|Ouagadougou",
  "Burundi||Burundian|Gitega,Bujumbura",
  "Cabo Verde|Cape Verde|Cape Verdean,Cabo Verdean|Praia",
  "Cambodia||Cambodian|Phnom Penh",
  "Cameroon||Cameroonian|Yaounde",
  "Canada||Canadian|Ottawa",
  "Central African Republic||Central African|Bangui",
  "Chad||Chadian|N'Djamena",
  "Chile||Chilean|Santiago",
  "China|People's Republic of China,PRC,Mainland China|Chinese|Beijing",
  "Colombia||Colombian|Bogota",
  "Comoros||Comorian|Moroni",
  "Democratic Republic of the Congo|DR Congo,DRC,Democratic Republic of Congo,Congo-Kinshasa|Congolese|Kinshasa",
  "Republic of the Congo|Congo,Congo-Brazzaville,Republic of Congo||Brazzaville",
  "Costa Rica||Costa Rican|San Jose",
  "Ivory Coast|Cote d'Ivoire|Ivorian|Yamoussoukro,Abidjan",
  "Croatia||Croatian,Croat|Zagreb",
  "Cuba||Cuban|Havana",
  "Cyprus||Cypriot|Nicosia",
  "Czech Republic|Czechia|Czech|Prague",
  "Denmark||Danish,Dane|Copenhagen",
  "Djibouti||Djiboutian|",
  "Dominica|||Roseau",
  "Dominican Republic||Dominican|Santo Domingo",
  "Ecuador||Ecuadorian,Ecuadorean|Quito",
  "Egypt||Egyptian|Cairo",
  "El Salvador||Salvadoran,Salvadorian|San Salvador",
  "Equatorial Guinea||Equatorial Guinean|Malabo",
  "Eritrea||Eritrean|Asmara",
  "Estonia||Estonian|Tallinn",
  "Eswatini|Swaziland|Swazi|Mbabane",
  "Ethiopia||Ethiopian|Addis Ababa",
  "Fiji||Fijian|Suva",
  "Finland||Finnish,Finn|Helsinki",
  "France||French,Frenchman,Frenchwoman|Paris",
  "Gabon||Gabonese|Libreville",
  "Gambia|The Gambia|Gambian|Banjul",
  "Georgia||Georgian|Tbilisi",
  "Germany||German|Berlin",
  "Ghana||Ghanaian|Accra",
  "Greece||Greek|Athens",
  "Grenada||Grenadian|",
  "Guatemala||Guatemalan|Guatemala City",
  "Guinea||Guinean|Conakry",
  "Guinea-Bissau||Bissau-Guinean|Bissau",
  "Guyana||Guyanese|Georgetown",
  "Haiti||Haitian|Port-au-Prince",
  "Honduras||Honduran|Tegucigalpa",
  "Hungary||Hungarian|Budapest",
  "Iceland||Icelandic,Icelander|Reykjavik",
  "India||Indian|New Delhi,Delhi",
  "Indonesia||Indonesian|Jakarta",
  "Iran|Islamic Republic of Iran,Persia|Iranian,Persian|Tehran",
  "Iraq||Iraqi|Baghdad",
  "Ireland|Republic of Ireland|Irish,Irishman|Dublin",
  "Israel||Israeli|Jerusalem,Tel Aviv",
  "Italy||Italian|Rome",
  "Jamaica||Jamaican|Kingston",
  "Japan||Japanese|Tokyo",
  "Jordan||Jordanian|Amman",
  "Kazakhstan||Kazakh,Kazakhstani|Astana",
  "Kenya||Kenyan|Nairobi",
  "Kiribati|||Tarawa",
  "Kuwait||Kuwaiti|Kuwait City",
  "Kyrgyzstan|Kyrgyz Republic|Kyrgyz|Bishkek",
  "Laos|Lao PDR|Laotian|Vientiane",
  "Latvia||Latvian|Riga",
  "Lebanon||Lebanese|Beirut",
  "Lesotho||Basotho|Maseru",
  "Liberia||Liberian|Monrovia",
  "Libya||Libyan|Tripoli",
  "Liechtenstein||Liechtensteiner|Vaduz",
  "Lithuania||Lithuanian|Vilnius",
  "Luxembourg||Luxembourgish,Luxembourger|",
  "Madagascar||Malagasy|Antananarivo",
  "Malawi||Malawian|Lilongwe",
  "Malaysia||Malaysian|Kuala Lumpur",
  "Maldives|The Maldives|Maldivian|",
  "Mali||Malian|Bamako",
  "Malta||Maltese|Valletta",
  "Marshall Islands||Marshallese|Majuro",
  "Mauritania||Mauritanian|Nouakchott",
  "Mauritius||Mauritian|Port Louis",
  "Mexico||Mexican|Mexico City",
  "Micronesia|Federated States of Micronesia|Micronesian|Palikir",
  "Moldova||Moldovan|Chisinau",
  "Monaco||Monegasque|",
  "Mongolia||Mongolian|Ulaanbaatar/Ulan Bator",
  "Montenegro||Montenegrin|Podgorica",
  "Morocco||Moroccan|Rabat",
  "Mozambique||Mozambican|Maputo",
  "Myanmar|Burma|Burmese|Naypyidaw/Naypyitaw,Yangon/Rangoon",
  "Namibia||Namibian|Windhoek",
  "Nauru||Nauruan|",
  "Nepal||Nepali,Nepalese|Kathmandu",
  "Netherlands|Holland|Dutch,Dutchman|Amsterdam,The Hague/Hague",
  "New Zealand||New Zealander|Wellington",
  "Nicaragua||Nicaraguan|Managua",
  "Niger||Nigerien|Niamey",
  "Nigeria||Nigerian|Abuja",
  "North Korea|Democratic People's Republic of Korea,DPRK|North Korean|Pyongyang",
  "North Macedonia|Macedonia|Macedonian|Skopje",
  "Norway||Norwegian|Oslo",
  "Oman||Omani|Muscat",
  "Pakistan||Pakistani|Islamabad",
  "Palau||Palauan|",
  "Panama||Panamanian|Panama City",
  "Papua New Guinea||Papua New Guinean|Port Moresby",
  "Paraguay||Paraguayan|Asuncion",
  "Peru||Peruvian|Lima",
  "Philippines|The Philippines|Filipino,Philippine|Manila",
  "Poland||Polish|Warsaw",
  "Portugal||Portuguese|Lisbon",
  "Qatar||Qatari|Doha",
  "Romania||Romanian|Bucharest",
  "Russia|Russian Federation|Russian|Moscow",
  "Rwanda||Rwandan|Kigali",
  "Saint Kitts and Nevis|St Kitts and Nevis|Kittitian|Basseterre",
  "Saint Lucia|St Lucia|Saint Lucian|Castries",
  "Saint Vincent and the Grenadines|St Vincent and the Grenadines|Vincentian|Kingstown",
  "Samoa||Samoan|Apia",
  "San Marino||Sammarinese|",
  "Sao Tome and Principe||Santomean|",
  "Saudi Arabia||Saudi,Saudi Arabian|Riyadh",
  "Senegal||Senegalese|Dakar",
  "Serbia||Serbian,Serb|Belgrade",
  "Seychelles||Seychellois|",
  "Sierra Leone||Sierra Leonean|Freetown",
  "Singapore||Singaporean|",
  "Slovakia||Slovak,Slovakian|Bratislava",
  "Slovenia||Slovenian,Slovene|Ljubljana",
  "Solomon Islands||Solomon Islander|Honiara",
  "Somalia||Somali|Mogadishu",
  "South Africa||South African|Pretoria,Cape Town",
  "South Korea|Republic of Korea,Korea|South Korean,Korean|Seoul",
  "South Sudan||South Sudanese|Juba",
  "Spain||Spanish,Spaniard|Madrid",
  "Sri Lanka||Sri Lankan|Colombo",
  "Sudan||Sudanese|Khartoum",
  "Suriname||Surinamese|Paramaribo",
  "Sweden||Swedish,Swede|Stockholm",
  "Switzerland||Swiss|Bern/Berne",
  "Syria|Syrian Arab Republic|Syrian|Damascus",
  "Tajikistan||Tajik,Tajikistani|Dushanbe",
  "Tanzania||Tanzanian|Dodoma",
  "Thailand||Thai|Bangkok",
  "Timor-Leste|East Timor|Timorese|Dili",
  "Togo||Togolese|Lome",
  "Tonga||Tongan|",
  "Trinidad and Tobago|Trinidad|Trinidadian|Port of Spain",
  "Tunisia||Tunisian|Tunis",
  "Turkey|Turkiye|Turkish|Ankara",
  "Turkmenistan||Turkmen|Ashgabat",
  "Tuvalu||Tuvaluan|Funafuti",
  "Uganda||Ugandan|Kampala",
  "Ukraine||Ukrainian|Kyiv/Kiev",
  "United Arab Emirates|UAE,U.A.E.|Emirati|Abu Dhabi,Dubai",
  "United Kingdom|UK,U.K.,Britain,Great Britain|British,Briton,Brit|London",
  "United States|US,U.S.,USA,U.S.A.,America,United States of America|American|Washington",
  "Uruguay||Uruguayan|Montevideo",
  "Uzbekistan||Uzbek|Tashkent",
  "Vanuatu||Ni-Vanuatu|Port Vila",
  "Venezuela||Venezuelan|Caracas",
  "Vietnam|Viet Nam|Vietnamese|Hanoi",
  "Yemen||Yemeni|Sanaa/Sana'a",
  "Zambia||Zambian|Lusaka",
  "Zimbabwe||Zimbabwean|Harare",
  // UN observer states and widely reported territories.
  "Vatican|Holy See,Vatican City||",
  "Palestine|State of Palestine,Palestinian Territories|Palestinian|Ramallah",
  "Kosovo||Kosovar,Kosovan|Pristina",
  "Taiwan||Taiwanese|Taipei",
  "Hong Kong||Hongkonger|",
  "Macau|Macao|Macanese|",
  "Greenland||Greenlandic|Nuuk",
  "Puerto Rico||Puerto Rican|San Juan",
  "Western Sahara||Sahrawi|",
  "England||English|",
  "Scotland||Scottish,Scot|Edinburgh",
  "Wales||Welsh|Cardiff",
  "Northern Ireland||Northern Irish|Belfast",
  // Former states still named in background paragraphs ("the former Soviet republics").
  "Soviet Union|USSR,U.S.S.R.|Soviet|",
  "Yugoslavia||Yugoslav|",
];

/**
 * World regions and geopolitical areas: "the Middle East", "Central Asian nations", "the Balkans".
 * Same row format as COUNTRY_ROWS, without capitals. Kept to areas that recur across many stories.
 */
const REGION_ROWS: readonly string[] = [
  "Africa||African|",
  "Asia||Asian|",
  "Europe||European|",
  "North America||North American|",
  "South America||South American|",
  "Latin America||Latin American|",
  "Central America||Central American|",
  "Caribbean|||",
  "Oceania|||",
  "Antarctica||Antarctic|",
  "Arctic|||",
  "Middle East|Mideast|Middle Eastern|",
  "Central Asia||Central Asian|",
  "South Asia||South Asian|",
  "Southeast Asia|South-East Asia|Southeast Asian|",
  "East Asia||East Asian|",
  "Eastern Europe||Eastern European|",
  "Western Europe||Western European|",
  "Central Europe||Central European|",
  "North Africa||North African|",
  "West Africa||West African|",
  "East Africa||East African|",
  "Southern Africa|||",
  "Sub-Saharan Africa|||",
  "Horn of Africa|||",
  "Sahel|||",
  "Balkans||Balkan|",
  "Caucasus|South Caucasus,North Caucasus||",
  "Scandinavia||Scandinavian|",
  "Baltics|Baltic States|Baltic|",
  "Gaza|Gaza Strip|Gazan|",
  "West Bank|||",
  "Crimea||Crimean|",
  "Kashmir||Kashmiri|",
  "Tibet||Tibetan|",
  "Kurdistan|||",
  "Siberia||Siberian|",
];

/**
 * Words that end (or, with "of", begin) the name of a geographic feature or subdivision:
 * "Caspian Sea", "Gulf of Mexico", "Kars Province". A capitalised sequence with one of these
 * as its head is a place whatever else it contains. Lower-cased.
 */
export const PLACE_HEAD_WORDS: ReadonlySet<string> = new Set([
  "sea", "seas", "ocean", "river", "lake", "bay", "gulf", "strait", "straits", "channel", "canal",
  "island", "islands", "isle", "peninsula", "coast", "desert", "valley", "mountain", "mountains",
  "mount", "mt", "hills", "range", "plateau", "plain", "plains", "delta", "basin", "forest",
  "province", "region", "district", "county", "state", "oblast", "krai", "prefecture", "governorate",
  "municipality", "territory", "territories", "republic", "city", "town", "village", "borough",
  "street", "avenue", "road", "square", "boulevard", "bridge", "highway", "motorway",
  "airport", "port", "harbour", "harbor", "station", "heights", "park", "dam",
]);

/** Words that open a place name: "Mount Kenya", "Lake Chad", "Cape Horn", "Fort Worth". Lower-cased. */
export const PLACE_LEADING_WORDS: ReadonlySet<string> = new Set(["mount", "mt", "lake", "cape", "fort", "isle", "gulf", "bay", "port", "lac", "rio"]);

/**
 * Lower-case nouns that, directly before a capitalised name, make it a place:
 * "the Bavarian capital Munich", "the village of Ashford", "the port city of Aden".
 */
export const PLACE_CUE_NOUNS: ReadonlySet<string> = new Set([
  "capital", "city", "town", "village", "province", "region", "district", "county", "state",
  "republic", "port", "island", "resort", "suburb", "neighbourhood", "neighborhood", "municipality",
  "oblast", "governorate", "prefecture", "settlement", "hamlet", "enclave", "territory", "airport",
]);

export type PlaceKind = "country" | "region" | "capital" | "demonym";

export interface PlaceEntry {
  /** Canonical key: the lower-cased, accent-free canonical name ("united states"). */
  key: string;
  kind: PlaceKind;
  /** A noun for people ("Russians", "Briton", "Frenchmen"): it folds to the country but does not mention a place. */
  people: boolean;
  /** Written in capitals only ("US", "UAE"): matches only when the text is in capitals too. */
  capitalsOnly: boolean;
  /** For a capital: the key of its country. */
  country?: string;
}

/** Lower-case, strip accents, drop periods and apostrophes, hyphens to spaces. Shared with entity-key.ts. */
export function plainForm(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’.]/g, "")
    .replace(/[-‐‑–]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Demonyms that are nouns for a person, not adjectives ("a Briton", "a Spaniard", "a Frenchman"). */
const PEOPLE_DEMONYM_RE = /(?:^|\s)(?:Briton|Brit|Spaniard|Dane|Finn|Swede|Scot|Croat|Serb|\p{Lu}\p{Ll}+(?:man|woman|er))$/u;

/** "Russian" → "Russians", "Dutchman" → "Dutchmen"; "Chinese", "Swiss", "Polish" have no plural. */
function demonymPlural(demonym: string): string | null {
  if (/man$/.test(demonym)) return demonym.replace(/man$/, "men");
  if (/(?:ese|ss|sh|ch|s|x|z)$/.test(demonym)) return null;
  return demonym + "s";
}

function buildPlaceLexicon(): Map<string, PlaceEntry> {
  const lexicon = new Map<string, PlaceEntry>();
  const add = (form: string, key: string, kind: PlaceKind, people = false, country?: string): void => {
    const plain = plainForm(form.replace(/^the\s+/i, ""));
    if (!plain || lexicon.has(plain)) return;
    lexicon.set(plain, { key, kind, people, capitalsOnly: /^[A-Z.]+$/.test(form), ...(country ? { country } : {}) });
  };
  const load = (rows: readonly string[], nameKind: PlaceKind): void => {
    for (const row of rows) {
      const [name = "", others = "", demonyms = "", capitals = ""] = row.split("|");
      const key = plainForm(name);
      add(name, key, nameKind);
      for (const other of split(others)) add(other, key, nameKind);
      for (const demonym of split(demonyms)) {
        add(demonym, key, "demonym", PEOPLE_DEMONYM_RE.test(demonym));
        const plural = demonymPlural(demonym);
        if (plural) add(plural, key, "demonym", true);
      }
      for (const city of split(capitals)) {
        const spellings = city.split("/");
        const cityKey = plainForm(spellings[0] ?? city);
        for (const spelling of spellings) add(spelling, cityKey, "capital", false, nameKind === "country" ? key : undefined);
      }
    }
  };
  load(COUNTRY_ROWS, "country");
  load(REGION_ROWS, "region");
  return lexicon;
}

function split(field: string): string[] {
  return field ? field.split(",").map((part) => part.trim()).filter(Boolean) : [];
}

/**
 * Every place form, by its plain form (see `plainForm`): "azerbaijani" → { key: "azerbaijan",
 * kind: "demonym" }. Built once at load.
 */
export const PLACE_LEXICON: ReadonlyMap<string, PlaceEntry> = buildPlaceLexicon();

/** Longest place form in words ("saint vincent and the grenadines"): bounds the longest-match scan. */
export const PLACE_MAX_WORDS: number = Math.max(...[...PLACE_LEXICON.keys()].map((form) => form.split(" ").length));

/** Keys of countries (not regions or capitals): "the country's health minister" resolves to one of these. */
export const COUNTRY_KEYS: ReadonlySet<string> = new Set(COUNTRY_ROWS.map((row) => plainForm(row.split("|")[0] ?? "")));

/** Capital key → its country's key ("nairobi" → "kenya"). */
export const CAPITAL_COUNTRY: ReadonlyMap<string, string> = new Map(
  [...PLACE_LEXICON.values()].filter((e) => e.kind === "capital" && e.country).map((e) => [e.key, e.country!]),
);

/** Look a surface form up; honours `capitalsOnly` so the pronoun "us" is not the United States. */
export function lookupPlace(surface: string): PlaceEntry | undefined {
  const entry = PLACE_LEXICON.get(plainForm(surface));
  if (!entry) return undefined;
  if (entry.capitalsOnly && !/^[\p{Lu}.]+$/u.test(surface.replace(/['’]s$/, ""))) return undefined;
  return entry;
}
