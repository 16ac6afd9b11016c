/** The line cleaner on small invented reports (our own words), one behaviour per test. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { cleanText } from "./index.js";
import { RULE } from "./rule-ids.js";

const P1 = "Heavy rain flooded the lower town of Marlow Creek on Tuesday night, forcing about 400 residents to leave their homes before dawn.";
const P2 = "The regional fire service said three people were taken to hospital with minor injuries and that no one was missing by Wednesday morning.";
const P3 = "Engineers will inspect the old stone bridge over the creek once the water falls, the mayor told reporters at the town hall.";
const P4 = "Schools in the valley stay closed until Friday, and the bus company has suspended its two river routes for the rest of the week.";

const ruleOf = (removed: { text: string; rule: string }[], text: string) => removed.find((line) => line.text === text)?.rule;

test("a marker in the body takes the headlines after it until a paragraph resumes (EXTRACT_DROP_RELATED_LIST)", () => {
  const input = [P1, "Also Read:", "Storm Season Starts Early in the North", "Ferry Fares Rise for the Winter", P2, P3].join("\n\n");
  const out = cleanText(input);
  assert.deepEqual(out.paragraphs, [P1, P2, P3]);
  assert.equal(ruleOf(out.removed, "Ferry Fares Rise for the Winter"), RULE.RELATED_LIST);
});

test("multilingual markers and prompts are removed", () => {
  const input = [P1, "Compartir", "Werbung", P2, "Читайте также", "Новый мост откроют весной", "Lire aussi : Les écoles ferment", P3].join("\n\n");
  const out = cleanText(input);
  assert.deepEqual(out.paragraphs, [P1, P2, P3]);
  assert.equal(ruleOf(out.removed, "Compartir"), RULE.SHARE_PROMPT);
  assert.equal(ruleOf(out.removed, "Werbung"), RULE.AD_MARKER);
});

test("a single sub-heading between paragraphs is body", () => {
  const input = [P1, P2, "What Happens to the Bridge Now", P3, P4].join("\n");
  assert.deepEqual(cleanText(input).paragraphs, [P1, P2, "What Happens to the Bridge Now", P3, P4]);
});

test("three or more headline lines closing the page are removed (EXTRACT_DROP_TRAILING_HEADLINES), one or two are kept", () => {
  const list = ["Harbour Workers Vote on New Contract", "City Council Delays Budget Vote", "Local Team Wins Cup Final"];
  const out = cleanText([P1, P2, P3, ...list].join("\n"));
  assert.deepEqual(out.paragraphs, [P1, P2, P3]);
  assert.ok(list.every((line) => ruleOf(out.removed, line) === RULE.TRAILING_HEADLINES));
  assert.deepEqual(cleanText([P1, P2, "What Comes Next", P3].join("\n")).paragraphs, [P1, P2, "What Comes Next", P3]);
});

test("a ticker in another language glued on one line is removed (EXTRACT_DROP_TICKER)", () => {
  const ticker = "Hochwasser in der Altstadt: Feuerwehr rettet zwei Familien aus ihren Häusern Bahnstrecke nach Erdrutsch gesperrt " +
    "Bürgermeister kündigt Hilfen für betroffene Geschäfte an Schulen bleiben bis Freitag geschlossen Wetterdienst warnt vor neuem Regen";
  const out = cleanText([ticker, "Flood Forces Hundreds From Homes in Marlow Creek", P1, P2, P3].join("\n\n"));
  assert.equal(ruleOf(out.removed, ticker), RULE.TICKER);
  assert.equal(out.title, "Flood Forces Hundreds From Homes in Marlow Creek");
  assert.deepEqual(out.paragraphs, [P1, P2, P3]);
});

test("a Title Case ticker without sentence ends is removed; a stack of headline lines above the title too", () => {
  const glued = "Harbour Workers Vote on New Contract City Council Delays Budget Vote Again Local Team Wins Cup Final in Extra Time " +
    "New Library Opens Its Doors Police Close Main Road After Crash";
  assert.equal(ruleOf(cleanText([glued, P1, P2].join("\n\n")).removed, glued), RULE.TICKER);
  const stack = ["Harbour Workers Vote on New Contract", "City Council Delays Budget Vote", "Local Team Wins Cup Final", "Flood Forces Hundreds From Homes"];
  const out = cleanText([...stack, P1, P2].join("\n"));
  assert.equal(out.title, "Flood Forces Hundreds From Homes");
  assert.equal(ruleOf(out.removed, stack[0]!), RULE.TICKER);
  assert.deepEqual(out.paragraphs, [P1, P2]);
});

test("a short slogan above the title is a masthead; a long paragraph above any headline is body", () => {
  const out = cleanText(["Your town, every day.", "Flood Forces Hundreds From Homes", P1, P2].join("\n\n"));
  assert.equal(ruleOf(out.removed, "Your town, every day."), RULE.MASTHEAD);
  assert.equal(out.title, "Flood Forces Hundreds From Homes");
  const noTitle = cleanText([P1, "Rescue Crews Work Through the Night", P2, P3].join("\n"));
  assert.deepEqual(noTitle.paragraphs, [P1, "Rescue Crews Work Through the Night", P2, P3]);
  assert.equal(noTitle.title, "Rescue Crews Work Through the Night");
  assert.equal(cleanText([P1, P2].join("\n")).title, P1);
});

test("a headline glued to its standfirst is cut where the standfirst reappears, and the title repeat is dropped", () => {
  const standfirst = "Officials said the river rose faster than forecast after a week of storms.";
  const glued = `Flood forces hundreds from homes in Marlow Creek ${standfirst}`;
  const body = `The flooding began late on Tuesday. ${standfirst} Crews worked through the night.`;
  const out = cleanText([glued, body, "Flood forces hundreds from homes in Marlow Creek", P2].join("\n\n"));
  assert.equal(out.title, "Flood forces hundreds from homes in Marlow Creek");
  assert.deepEqual(out.paragraphs, [body, P2]);
  assert.equal(ruleOf(out.removed, standfirst), RULE.DUPLICATE);
});

test("bylines, date lines and the scraper's date prefix become metadata (EXTRACT_META_BYLINE, EXTRACT_META_DATE)", () => {
  const out = cleanText(["Flood Forces Hundreds From Homes", "By Maria Lindqvist and Tom Okafor", "October 8, 2025", P1, P2].join("\n"));
  assert.equal(out.byline, "Maria Lindqvist and Tom Okafor");
  assert.equal(out.published, "2025-10-08");
  assert.deepEqual(out.paragraphs, [P1, P2]);
  const desk = cleanText(["Flood Forces Hundreds From Homes", "Valley Herald Web Desk | Marlow | Updated: 08-10-2025 09:15 CET", P1].join("\n"));
  assert.equal(desk.byline, "Valley Herald Web Desk");
  assert.equal(desk.outlet, "Valley Herald");
  assert.equal(desk.dateline, "Marlow");
  assert.equal(desk.published, "2025-10-08");
  assert.equal(ruleOf(desk.removed, "Valley Herald Web Desk | Marlow | Updated: 08-10-2025 09:15 CET"), RULE.META_BYLINE);
  const prefixed = cleanText(` date 2025-10-07 Flood Forces Hundreds From Homes\n\n${P1}`);
  assert.equal(prefixed.published, "2025-10-07");
  assert.equal(prefixed.title, "Flood Forces Hundreds From Homes");
});

test("a sentence that starts with 'By' is not a byline", () => {
  const line = "By Tuesday evening, the water had reached the steps of the town hall and the square was closed.";
  const out = cleanText([P1, line].join("\n"));
  assert.deepEqual(out.paragraphs, [P1, line]);
  assert.equal(out.byline, null);
});

test("datelines: alone on a line, or a wire prefix cut from the first paragraph (EXTRACT_META_DATELINE)", () => {
  const alone = cleanText(["Flood Forces Hundreds From Homes", "Marlow Creek:", P1, P2].join("\n\n"));
  assert.equal(alone.dateline, "Marlow Creek");
  assert.deepEqual(alone.paragraphs, [P1, P2]);
  const wire = cleanText(["Flood Forces Hundreds From Homes", `MARLOW CREEK, Oct 8 (Reuters) — ${P1}`, P2].join("\n\n"));
  assert.equal(wire.dateline, "MARLOW CREEK");
  assert.deepEqual(wire.paragraphs, [P1, P2]);
  assert.ok(wire.attributions.some((a) => a.source === "Reuters" && a.kind === "wire"));
  assert.equal(ruleOf(wire.removed, "MARLOW CREEK, Oct 8 (Reuters) —"), RULE.META_DATELINE);
});

test("attribution lines are removed and recorded; attributions inside sentences are kept and recorded", () => {
  const reported = "The mayor said the bridge would stay shut for a month, the Valley Herald reported.";
  const according = "According to the news agency Nordpress, about 400 people were moved to the sports hall.";
  const notMedia = "According to the fire service, the water rose by two metres in an hour.";
  const out = cleanText([P1, reported, according, notMedia, "(With inputs from Nordpress and agencies)", "This article originally appeared on The Valley Herald."].join("\n\n"));
  assert.deepEqual(out.paragraphs, [P1, reported, according, notMedia]);
  const found = out.attributions.map((a) => `${a.kind}:${a.source}`);
  assert.deepEqual(found.sort(), ["according-to:Nordpress", "inputs-from:Nordpress", "inputs-from:agencies", "originally-appeared:The Valley Herald", "reported:Valley Herald"].sort());
  assert.equal(out.attributions.find((a) => a.kind === "reported")?.text, reported);
});

test("sentences that open like a credit line are body", () => {
  const lines = ["Avec la crue, la ville a fermé deux écoles et le vieux pont.", "Source of the trouble was a blocked drain under the market square, engineers said."];
  const out = cleanText([P1, ...lines].join("\n"));
  assert.deepEqual(out.paragraphs, [P1, ...lines]);
  assert.deepEqual(out.attributions, []);
});

test("comment forms and the lines of the form after them are removed (EXTRACT_DROP_REPLY_FORM)", () => {
  const out = cleanText([P1, P2, "Leave a comment", "Name *", "Email *", "Save my name, email, and website in this browser for the next time I comment.", "Post Comment"].join("\n"));
  assert.deepEqual(out.paragraphs, [P1, P2]);
  assert.equal(ruleOf(out.removed, "Leave a comment"), RULE.REPLY_FORM);
  assert.equal(ruleOf(out.removed, "Name *"), RULE.REPLY_FORM);
});

test("footer: contact lines, copyright holder and legal links; the outlet is read from them", () => {
  const footer = ["Contact: newsroom@valley-herald.example.com", "Phone: +44 20 7946 0000", "© 2025 Valley Herald Media Ltd. All rights reserved.", "About Us | Privacy Policy | Terms of Use"];
  const out = cleanText([P1, P2, ...footer].join("\n"));
  assert.deepEqual(out.paragraphs, [P1, P2]);
  assert.ok(footer.every((line) => ruleOf(out.removed, line) === RULE.FOOTER));
  assert.equal(out.outlet, "Valley Herald Media");
  const emailOnly = cleanText([P1, "Valley Herald", "Email: desk@valleyherald.com"].join("\n"));
  assert.equal(emailOnly.outlet, "Valley Herald");
  const fieldAfter = cleanText([P1, P2, "© 2025 Valley Herald. Email: desk@valleyherald.example"].join("\n"));
  assert.equal(fieldAfter.outlet, "Valley Herald", "a labelled field after the holder is not part of its name");
  assert.equal(cleanText([P1, P2, "© 2025 St. Albans Review"].join("\n")).outlet, "St. Albans Review", "a name with a full stop stays whole");
});

test("hard-wrapped paragraphs are joined; bullet lists of sentences are kept, bullet tag labels are not", () => {
  const wrapped = "Heavy rain flooded the lower town of Marlow Creek on Tuesday\nnight, forcing about 400 residents to leave their homes before\ndawn.";
  assert.deepEqual(cleanText(`${wrapped}\n\n${P2}`).paragraphs, [P1, P2]);
  const bullets = ["• Three people were treated in hospital for minor injuries.", "• Two bus routes along the river are suspended until Friday."];
  const out = cleanText([P1, "• Region:", "• North Valley", ...bullets, P2].join("\n"));
  assert.deepEqual(out.paragraphs, [P1, ...bullets, P2]);
  assert.equal(ruleOf(out.removed, "• Region:"), RULE.LIST_MARKER);
});

test("removed lines keep document order and text is never altered except for white space", () => {
  const input = ["Menu", "Flood Forces Hundreds From Homes", "Advertisement", `${P1}\u00a0`, "Share this article", P2, "12 comments"].join("\n");
  const out = cleanText(input);
  assert.deepEqual(out.paragraphs, [P1, P2]);
  assert.deepEqual(out.removed.map((line) => line.rule), [RULE.NAV, RULE.META_TITLE, RULE.AD_MARKER, RULE.SHARE_PROMPT, RULE.COUNTER]);
});

test("a closing list the article introduces or whose items share one shape is the article's own data", () => {
  const dates = ["June 9 – Harbour Arena, Marlow", "June 12 – Town Park, Eastfield", "June 14 – River Hall, Northby", "June 20 – Old Mill, Westcombe"];
  assert.deepEqual(cleanText([P1, P2, "The remaining concert dates are:", ...dates].join("\n")).paragraphs, [P1, P2, "The remaining concert dates are:", ...dates]);
  assert.deepEqual(cleanText([P1, P2, ...dates].join("\n")).paragraphs, [P1, P2, ...dates]);
});

test("a page footer broken by a stray sentence is removed as the page tail (EXTRACT_DROP_PAGE_TAIL)", () => {
  const footer = ["About the Herald", "Our Journalists", "Careers With Us", "Help Centre", "Advertise", "Apps", "Newsletters", "Regional Editions", "Print Subscriptions"];
  const stray = "All market data is delayed by at least fifteen minutes.";
  const out = cleanText([P1, P2, P3, P4, ...footer, stray, "Site Map", "Accessibility"].join("\n"));
  assert.deepEqual(out.paragraphs, [P1, P2, P3, P4]);
  assert.equal(ruleOf(out.removed, stray), RULE.PAGE_TAIL);
  // A final paragraph after a short unmarked list stays.
  const list = ["Harbour Workers Vote on New Contract", "City Council Delays Budget Vote", "Local Team Wins Cup Final", "New Library Opens Its Doors", "Police Close Main Road"];
  assert.deepEqual(cleanText([P1, P2, ...list, P3].join("\n")).paragraphs, [P1, P2, ...list, P3]);
});

test("cookie banners are removed (EXTRACT_DROP_CONSENT)", () => {
  const banner = "We use cookies to improve your experience on our site. By continuing to browse, you accept our use of cookies.";
  const out = cleanText([banner, "Flood Forces Hundreds From Homes", P1, P2].join("\n"));
  assert.equal(ruleOf(out.removed, banner), RULE.CONSENT);
  assert.equal(out.title, "Flood Forces Hundreds From Homes");
});

test("a copy of the article run together on one line is dropped; its paragraphs stay (EXTRACT_DROP_DUPLICATE)", () => {
  const copy = [P1, P2, P3, P4].join(" ");
  const out = cleanText([P1, P2, P3, P4, "Share", copy, "Terms of use"].join("\n"));
  assert.deepEqual(out.paragraphs, [P1, P2, P3, P4]);
  assert.equal(ruleOf(out.removed, copy), RULE.DUPLICATE);
  // a long paragraph that holds one short quoted line of the page is not a copy
  const pull = "“We will rebuild the bridge,” the mayor said.";
  const long = `${P1} ${pull} ${"The works will take two years and cost about four million, according to the council's own estimate, which was published on Monday. ".repeat(2)}`.trim();
  const kept = cleanText([long, pull, P2, P3].join("\n"));
  assert.ok(kept.paragraphs.includes(long));
});

test("the comment form's heading below the article opens the comment section (EXTRACT_DROP_REPLY_FORM)", () => {
  const notice = "By submitting this form you agree that we store your name and address for the purpose of publishing your comment on this page.";
  const out = cleanText([P1, P2, P3, "Leave a Reply", notice, "Name *"].join("\n"));
  assert.deepEqual(out.paragraphs, [P1, P2, P3]);
  assert.equal(ruleOf(out.removed, notice), RULE.REPLY_FORM);
  // a "Leave a comment" link above the article does not take the article with it
  const above = cleanText(["Leave a comment", P1, P2, P3].join("\n"));
  assert.deepEqual(above.paragraphs, [P1, P2, P3]);
});
