/**
 * The dev set of real events (../shared/dev-events, read at run time, never copied): its reports as
 * the CLI reads them, and its gold standard. See that folder's README for the format.
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { collectInputs } from "../src/ingest/index.js";
import type { RawDocument } from "../src/types.js";

export const DEV_EVENTS = resolve("../shared/dev-events");

export interface GoldFact {
  slot: string;
  value: string;
  sources: string[];
}

export type GoldKind = "contradiction" | "update" | "rounding" | "different_subject" | "wording";

export interface GoldConflict {
  slot: string;
  /** Each value with the files that state it. */
  values: Record<string, string[]>;
  kind: GoldKind;
  note?: string;
}

export interface GoldCompatible {
  slot: string;
  values: string[];
  note?: string;
}

export interface GoldEvent {
  facts: GoldFact[];
  conflicts: GoldConflict[];
  compatible: GoldCompatible[];
}

export interface DevSet {
  /** Real events by id (near misses left out). */
  events: Map<string, GoldEvent>;
  /** The manifest's event id of every file ("near-…" for a near miss). */
  eventOfFile: Map<string, string>;
  /** Every report as read by ingest, keyed by its file name. */
  documents: Map<string, RawDocument>;
}

export function isNearMiss(eventId: string): boolean {
  return eventId.startsWith("near-");
}

/** Event id of each file of the manifest (its `file` and `event_id` columns). */
export function manifestEvents(manifest: string): Map<string, string> {
  const [header, ...rows] = manifest.split("\n").filter((line) => line.trim());
  const columns = header!.split("\t");
  const fileAt = columns.indexOf("file");
  const eventAt = columns.indexOf("event_id");
  return new Map(rows.map((row) => row.split("\t")).map((cells) => [cells[fileAt]!, cells[eventAt]!]));
}

/** Gold cluster label of a file: its event, or for a near miss the file itself (its own event). */
export function goldLabel(file: string, eventId: string): string {
  return isNearMiss(eventId) ? file : eventId;
}

/** Null when ../shared/dev-events is not beside the repository. */
export async function loadDevSet(): Promise<DevSet | null> {
  if (!existsSync(join(DEV_EVENTS, "gold.json"))) return null;
  const raw = JSON.parse(readFileSync(join(DEV_EVENTS, "gold.json"), "utf8")) as Record<string, Partial<GoldEvent> & { is_noise?: boolean }>;
  const events = new Map<string, GoldEvent>();
  for (const [id, event] of Object.entries(raw)) {
    if (event.is_noise || isNearMiss(id)) continue;
    events.set(id, { facts: event.facts ?? [], conflicts: event.conflicts ?? [], compatible: event.compatible ?? [] });
  }
  const eventOfFile = manifestEvents(readFileSync(join(DEV_EVENTS, "manifest.tsv"), "utf8"));
  const { documents, failures } = await collectInputs([join(DEV_EVENTS, "articles")]);
  for (const failure of failures) console.error(`cannot read ${failure.source}: ${failure.message}`);
  return { events, eventOfFile, documents: new Map(documents.map((d) => [basename(d.source), d])) };
}
