import type { AlignedStory, Evidence } from "../../types.js";
import { slotLabel } from "../../report/labels.js";
import { agreedFacts } from "./story-facts.js";
import type { ReportIndex } from "./report-index.js";

export type CellState = "agrees" | "contradicts" | "silent";

export interface MatrixCell {
  article: string;
  state: CellState;
  /** The report's sentence: for "agrees" it states the row's value, for "contradicts" the value it gives instead. */
  evidence?: Evidence;
  /** For "contradicts": the value the report gives instead. */
  instead?: string;
}

export interface MatrixRow {
  label: string;
  /** The value as a report writes it, and its kind (dates are shown as dates). */
  display: string;
  kind: string;
  cells: MatrixCell[];
}

/** The rows of one disputed point: one row per value, so that every cell reads against a value. */
export interface DisputedRows {
  label: string;
  rows: MatrixRow[];
}

export interface Matrix {
  disputed: DisputedRows[];
  agreed: MatrixRow[];
}

/**
 * Facts × reports. Agreed rows are the facts the brief lists as agreed (quotes aside), in its order;
 * a report either states the fact or is silent. A disputed point gets a row per value: a report
 * agrees when it states that value, contradicts when it states another value of the point.
 */
export function buildMatrix(aligned: AlignedStory, index: ReportIndex): Matrix {
  const agreed = agreedFacts(aligned).map((fact) => ({
    label: slotLabel(fact.key, fact.subject),
    display: fact.display,
    kind: fact.kind,
    cells: index.ordered.map(({ id }): MatrixCell => {
      const evidence = fact.support.find((e) => e.article === id);
      return evidence ? { article: id, state: "agrees", evidence } : { article: id, state: "silent" };
    }),
  }));
  const disputed = aligned.conflicts.map((conflict) => ({
    label: slotLabel(conflict.key),
    rows: conflict.positions.map((position) => ({
      label: slotLabel(conflict.key),
      display: position.display,
      kind: conflict.kind,
      cells: index.ordered.map(({ id }): MatrixCell => {
        const evidence = position.support.find((e) => e.article === id);
        if (evidence) return { article: id, state: "agrees", evidence };
        const other = conflict.positions.find((p) => p.support.some((e) => e.article === id));
        if (!other) return { article: id, state: "silent" };
        return { article: id, state: "contradicts", evidence: other.support.find((e) => e.article === id), instead: other.display };
      }),
    })),
  }));
  return { disputed, agreed };
}
