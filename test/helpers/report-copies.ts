/**
 * A copy of a report that is a different report: a sentence naming the copy is added to its
 * longest paragraph, so its article text differs (a line added at the end would be removed as page
 * chrome, and the same text is the same report to a store).
 */
export function withCopyNumber(text: string, copy: number): string {
  const lines = text.split("\n");
  const longest = lines.reduce((best, line, i) => (line.length > lines[best]!.length ? i : best), 0);
  lines[longest] = `${lines[longest]} The desk filed this as copy number ${copy}.`;
  return lines.join("\n");
}
