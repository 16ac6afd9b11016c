/** Single-line chrome rules on invented lines: each rule id, and the body lines that must not match. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { classifyChromeLine } from "./chrome-rules.js";
import { makeLine } from "./lines.js";
import { RULE } from "./rule-ids.js";

const classify = (text: string) => classifyChromeLine(makeLine(text));

const CASES: [string, string][] = [
  ["Left Menu", RULE.NAV],
  ["Home", RULE.NAV],
  ["Skip to main content", RULE.NAV],
  ["World News", RULE.NAV],
  ["POLITICS / BUSINESS / SPORT", RULE.NAV],
  ["Home | Local | Weather | Traffic", RULE.NAV],
  ["Startseite", RULE.NAV],
  ["Learn More →", RULE.NAV],
  ["Book now", RULE.NAV],
  ["Table of Contents", RULE.NAV],
  ["Trending", RULE.RELATED_LIST],
  ["Also Read:", RULE.RELATED_LIST],
  ["Read more: Council approves new budget", RULE.RELATED_LIST],
  ["You may also like", RULE.RELATED_LIST],
  ["Noticias relacionadas", RULE.RELATED_LIST],
  ["Читайте также", RULE.RELATED_LIST],
  ["Leave A Reply", RULE.REPLY_FORM],
  ["Your email address will not be published.", RULE.REPLY_FORM],
  ["Post a comment", RULE.REPLY_FORM],
  ["Laisser un commentaire", RULE.REPLY_FORM],
  ["14 responses to “Harbour Strike Ends After Nine Days”", RULE.REPLY_FORM],
  ["3 thoughts on \"Why the Ferry Is Late Again\"", RULE.REPLY_FORM],
  ["river_watcher_77 says:", RULE.REPLY_FORM],
  ["Anna K. says:", RULE.REPLY_FORM],
  ["45M ago", RULE.COUNTER],
  ["2 days ago at 07:52 am", RULE.COUNTER],
  ["an hour ago", RULE.COUNTER],
  ["Most read in world news", RULE.RELATED_LIST],
  ["More in Politics", RULE.RELATED_LIST],
  ["Get the latest headlines delivered to your inbox every morning.", RULE.SHARE_PROMPT],
  ["No spam, we promise. You can unsubscribe at any time.", RULE.SHARE_PROMPT],
  ["If you buy something through this post, we may get a share of the sale.", RULE.SHARE_PROMPT],
  ["Rescue boats on the flooded main street of Marlow Creek (Image: Valley Photo Agency )", RULE.CAPTION],
  ["Volunteers fill sandbags outside the town hallCredit: Valley Herald", RULE.CAPTION],
  ["Previous Post", RULE.NAV],
  ["Harbour workers vote to end the strike MARLOW CREEK: Dock workers on Tuesday voted to accept the new contract.", RULE.TEASER],
  ["Image 2 of 5", RULE.LIST_MARKER],
  ["Next Up In Science", RULE.RELATED_LIST],
  ["Sandbags stacked at the door of the old mill on Wednesday. Jane Roe/Getty Images", RULE.CAPTION],
  ["By signing up, you agree to our terms.", RULE.SHARE_PROMPT],
  [
    "By signing up, you agree to receive recurring automated text messages from Valley Deals at the number provided. Message and data rates may apply, message frequency varies, and consent is not a condition of any purchase. Reply HELP for help or STOP to cancel at any time.",
    RULE.SHARE_PROMPT,
  ],
  ["By clicking Join Now, you confirm you are 16 or older and accept our Terms of Use.", RULE.SHARE_PROMPT],
  ["Rescue boats in the lower town on Tuesday. (AP Photo/Jane Roe, File)", RULE.CAPTION],
  ["Click to share on Facebook (Opens in new window)", RULE.SHARE_PROMPT],
  ["Jon Berg is a staff writer at the Valley Herald covering the harbour and the courts.", RULE.FOOTER],
  ["Support us", RULE.SHARE_PROMPT],
  ["Subscribe to our Newsletter", RULE.SHARE_PROMPT],
  ["Give Feedback", RULE.SHARE_PROMPT],
  ["Connect us on", RULE.SHARE_PROMPT],
  ["Follow us on Facebook and Instagram", RULE.SHARE_PROMPT],
  ["Facebook Twitter WhatsApp Email", RULE.SHARE_PROMPT],
  ["Поделиться", RULE.SHARE_PROMPT],
  ["Advertisement", RULE.AD_MARKER],
  ["ADVERTISEMENT", RULE.AD_MARKER],
  ["Sponsored", RULE.AD_MARKER],
  ["Promote your business with the Valley Herald", RULE.AD_MARKER],
  ["Publicidad", RULE.AD_MARKER],
  ["list of 4 items", RULE.LIST_MARKER],
  ["end of list", RULE.LIST_MARKER],
  ["• Region:", RULE.LIST_MARKER],
  ["0 21", RULE.COUNTER],
  ["3", RULE.COUNTER],
  ["12 comments", RULE.COUNTER],
  ["4 min read", RULE.COUNTER],
  ["Email: info@example.org", RULE.FOOTER],
  ["Phone: +1 555 0100", RULE.FOOTER],
  ["© Copyright 2025", RULE.FOOTER],
  ["Copyright © 2024 Example Media. All rights reserved.", RULE.FOOTER],
  ["Disclaimer | Terms of use | Privacy Policy", RULE.FOOTER],
  ["Photo: Reuters", RULE.CAPTION],
  ["We use cookies to give you the best experience on our website. By continuing to browse you agree to our use of cookies.", RULE.CONSENT],
  ["Accept all cookies", RULE.CONSENT],
  ["Necessary cookies are absolutely essential for the site to work and cannot be switched off.", RULE.CONSENT],
  // tag clouds and menus run together: many words, no clause mark
  ["flood relief bridge repairs harbour strike ferry fares school closures storm season council budget river levels " +
    "bus routes town hall library hours sandbags volunteers weather warnings road works night trains", RULE.NAV],
  // contact boxes of any length
  ["The reader desk of the Valley Herald answers questions on weekdays from 8 to 4 and on Saturdays until noon: " +
    "Telephone: 0100 555 0199, Fax: 0100 555 0198, E-mail: desk@example.org. Delivery questions go to the same number.", RULE.FOOTER],
  // legal notices of any footer length, in several languages
  ["© 2024 Valley Media Group Ltd. All rights reserved. Valley Herald and River Weekly are registered trademarks of Valley Media Group, " +
    "and the material on this site may not be reproduced in any form.", RULE.FOOTER],
  ["This material may not be published, broadcast, rewritten or redistributed.", RULE.FOOTER],
  ["Ejemplo Noticias S.A. Todos los derechos reservados. Prohibida su reproducción.", RULE.FOOTER],
  ["Beispielverlag GmbH, alle Rechte vorbehalten.", RULE.FOOTER],
  ["Exemple Médias SA, tous droits réservés", RULE.FOOTER],
  // author bios with the job in Title Case, and up to a few sentences
  ["Jon Berg is an Entertainment Reporter for the Valley Herald.", RULE.FOOTER],
  ["Ana Ruiz is a senior correspondent for the Valley Herald, covering the harbour, the courts and the regional parliament. " +
    "She joined the paper in 2012 from the River Weekly, where she led the investigations desk for six years. Before that she " +
    "reported from the capital for a national radio station and taught journalism at the city college. She lives in the " +
    "lower town with her family and two dogs.", RULE.FOOTER],
  // newsletter boxes and the confirmation a newsletter form shows
  ["Stay up to date with the Valley Herald.", RULE.SHARE_PROMPT],
  ["Keep up to date", RULE.SHARE_PROMPT],
  ["You have successfully subscribed. Thank you!", RULE.SHARE_PROMPT],
  ["An email with an activation link has been sent to you. Please activate your subscription.", RULE.SHARE_PROMPT],
  // "you may also like" headings and blog sidebar widgets
  ["You may like", RULE.RELATED_LIST],
  ["Вам также может быть интересно", RULE.RELATED_LIST],
  ["Recent Posts", RULE.RELATED_LIST],
];

test("each chrome line gets its rule id", () => {
  for (const [line, rule] of CASES) assert.equal(classify(line), rule, line);
});

test("body lines that mention chrome words are kept", () => {
  const body = [
    "The council will share the cost of the repairs with the regional government, officials said.",
    "Advertisement revenue at the paper fell by a third last year, its owners reported.",
    "Residents can leave a comment on the plan at the library until the end of the month.",
    "The phone lines were down for most of the night, according to the operator.",
    "Home prices in the valley rose 4% in the year to September.",
    "Related talks are expected next week in the capital.",
    "- 5 degrees is the lowest temperature recorded this winter.",
    "The 3 missing hikers were found alive on Sunday.",
    "Trending topics on social media included the flood and the football final.",
    "Regulators said websites must ask before they store cookies on a visitor's computer.",
    "The mayor says:",
    "By raising the levy, the council says you agree to pay for flood defences whether or not you live by the river.",
    "By sorting your shopping before you accept a delivery, you'll also cut the waste the bins take each week.",
    "Two days ago at the harbour, fishermen said the catch had halved.",
    "12 responses to the survey were received before the deadline.",
    "More in sorrow than in anger, the council voted to close the old pool for good.",
    "The paper said 2 million readers now subscribe to its weekly newsletter on local politics.",
    "Photos taken by residents show the water reaching the church steps (see below).",
    "The harbour master told the local radio station CNN: “We will reopen the port on Friday.”",
    "The harbour master said the port would reopen on Friday, he told Reuters.",
    "The agency's new rules on the electronic patient file (ePA) take effect in January, officials said.",
    "Jon Berg, a staff writer at the Valley Herald, was among the volunteers on Tuesday night.",
    "Speaking in the town hall on Tuesday, the mayor of MARLOW CREEK: said nothing else.",
    // long lines with clause marks, or in a caseless script, are not tag clouds
    "The water rose through the night and by dawn the lower town the old mill the bus depot and the two schools " +
      "beside the river were under a metre of it, residents said",
    // one way to reach someone is not a contact box
    "Residents who lost documents in the flood can write to help@example.org or call the town hall, the mayor said.",
    // news about rights and trademarks is not a legal notice
    "The court ruled that the photos of the flood were used without written permission and that the paper must pay damages.",
    "The council said the report may not be published before the inquiry ends in March.",
    "The slogan is a registered trademark of the regional tourist board, which said it would not sue.",
    // a sentence naming a job is not a bio when no name opens it
    "The fire chief is a former reporter for the Valley Herald, the mayor said.",
    "Residents were asked to stay up to date with the warnings on the council website and local radio, which broadcasts every hour.",
  ];
  for (const line of body) assert.equal(classify(line), null, line);
});
