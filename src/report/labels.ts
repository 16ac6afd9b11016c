/** Words for a reader instead of slot keys: "date: incident" → "date of the incident". */
export function slotLabel(key: string, subject?: string): string {
  const [head, rest] = splitKey(key);
  switch (head) {
    case "date":
      return rest === "unspecified" ? "date" : `date of the ${rest}`;
    case "place":
      return `place of the ${rest}`;
    case "role":
      return rest;
    case "quote":
      if (rest === "unknown") return "quote (speaker not named)";
      return `quote by ${subject ?? titleCase(rest)}`;
    case "count":
      return `number of ${rest}`;
    default:
      return key;
  }
}

function splitKey(key: string): [string, string] {
  const colon = key.indexOf(":");
  return colon < 0 ? [key, ""] : [key.slice(0, colon).trim(), key.slice(colon + 1).trim()];
}

function titleCase(words: string): string {
  return words.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}
