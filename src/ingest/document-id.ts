import { basename } from "node:path";

/** "seeds/000_abc.txt" → "000_abc"; "page.html.gz" → "page". URLs keep their full form. */
export function documentId(source: string): string {
  if (/^https?:\/\//i.test(source)) return source;
  return basename(source).replace(/(\.[a-z0-9]{1,5})+$/i, "") || basename(source);
}

/** Make ids unique within one batch by suffixing repeats: a/x.txt and b/x.txt → x, x-2. */
export function uniqueIds<T extends { id: string }>(documents: T[]): T[] {
  const ids = new UniqueIds();
  return documents.map((doc) => ids.assign(doc));
}

/** The same, one document at a time, for documents read as a stream. */
export class UniqueIds {
  private readonly seen = new Map<string, number>();

  assign<T extends { id: string }>(doc: T): T {
    const count = (this.seen.get(doc.id) ?? 0) + 1;
    this.seen.set(doc.id, count);
    return count === 1 ? doc : { ...doc, id: `${doc.id}-${count}` };
  }
}
