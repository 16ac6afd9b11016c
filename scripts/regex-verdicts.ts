// Re-checks every regular expression of src/ with recheck and rewrites the safe list of
// test/regex-safety.verdicts.json; prints the flagged ones. Accepted entries are kept only while
// their pattern exists and is still flagged. Run: npm run regex:verdicts
import { allPatterns } from "../test/helpers/regex-inventory.js";
import { checkPattern, describe, keyOf, readVerdicts, writeVerdicts, type Finding } from "../test/helpers/regex-verdicts.js";

const { patterns, unresolved } = await allPatterns();
const findings: Finding[] = [];
for (const pattern of patterns) findings.push(await checkPattern(pattern));
const flagged = findings.filter((finding) => finding.status !== "safe");
const flaggedKeys = new Set(flagged.map((finding) => keyOf(finding.pattern)));
const previous = readVerdicts();
writeVerdicts({
  checker: previous.checker,
  safe: [...new Set(findings.filter((finding) => finding.status === "safe").map((finding) => keyOf(finding.pattern)))].sort(),
  accepted: previous.accepted.filter((entry) => flaggedKeys.has(entry.key)),
});
const accepted = new Set(previous.accepted.map((entry) => entry.key));
console.log(`${patterns.length} patterns: ${findings.length - flagged.length} safe, ${flagged.length} flagged`);
for (const finding of flagged) console.log(`${accepted.has(keyOf(finding.pattern)) ? "accepted " : "FLAGGED  "}${describe(finding)}`);
console.log(`built inside functions, checked by their written parts only: ${unresolved.join(", ")}`);
