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
  ];
  for (const line of body) assert.equal(classify(line), null, line);
});
