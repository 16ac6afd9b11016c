import type { Block } from "./blocks.js";
import { isBodyText } from "../text/lines.js";
import { REPEATED_COPY_MIN_CHARS } from "./thresholds.js";

/**
 * A page built for several screen sizes writes its article once per size, each copy in a box
 * hidden on the other sizes by its style sheet (not by markup the extractor can see), and every
 * copy is read. A reader sees the article once: a run of consecutive blocks that all repeat text
 * given before, with at least REPEATED_COPY_MIN_CHARS of prose in it, is a copy and is dropped.
 * A short repeat stays (the same two-line description under several events of a listing, the
 * same "Eat every 2–3 hours" under each meal of a plan).
 */
export function dropRepeatedCopies(blocks: readonly Block[]): Block[] {
  const seen = new Set<string>();
  const repeated = blocks.map((block) => {
    const again = seen.has(block.text);
    seen.add(block.text);
    return again;
  });
  const dropped = new Uint8Array(blocks.length);
  for (let start = 0; start < blocks.length; ) {
    if (!repeated[start]) {
      start++;
      continue;
    }
    let end = start;
    let prose = 0;
    for (; end < blocks.length && repeated[end]; end++) if (isBodyText(blocks[end]!.text)) prose += blocks[end]!.text.length;
    if (prose >= REPEATED_COPY_MIN_CHARS) dropped.fill(1, start, end);
    start = end;
  }
  return blocks.filter((_block, i) => !dropped[i]);
}
