import type { AlignedStory, Evidence } from "../../../types.js";
import { slotLabel } from "../../../report/labels.js";
import { agreedFacts } from "../../../report/agreed-facts.js";
import type { ReportIndex } from "../kit/index.js";

/** A report on a row: states the agreed value, states one value of a disputed point, or says nothing. */
export type CellState = "agrees" | "disputes" | "silent";

export interface MatrixCell {
  article: string;
  state: CellState;
  /** The report's sentence that states the value. */
  evidence?: Evidence;
  /** The value this report gives (as it words it); for "agrees", the row's value. */
  display?: string;
}

export interface MatrixRow {
  label: string;
  kind: string;
  /** An agreed row's value; a disputed row has one per report instead. */
  display?: string;
  disputed: boolean;
  cells: MatrixCell[];
}

export interface Matrix {
  disputed: MatrixRow[];
  agreed: MatrixRow[];
}

/**
 * Facts × reports. A disputed point is one row, each report's cell holding the value it gives, so
 * the sides read across one line. Agreed rows are the facts the brief lists as agreed (quotes
 * aside), in its order; a report states the fact or is silent.
 */
export function buildMatrix(aligned: AlignedStory, index: ReportIndex): Matrix {
  const agreed = agreedFacts(aligned).map(
    (fact): MatrixRow => ({
      label: slotLabel(fact.key, fact.subject),
      kind: fact.kind,
      display: fact.display,
      disputed: false,
      cells: index.ordered.map(({ id }): MatrixCell => {
        const evidence = fact.support.find((e) => e.article === id);
        return evidence ? { article: id, state: "agrees", evidence, display: fact.display } : { article: id, state: "silent" };
      }),
    }),
  );
  const disputed = aligned.conflicts.map(
    (conflict): MatrixRow => ({
      label: slotLabel(conflict.key, conflict.subject),
      kind: conflict.kind,
      disputed: true,
      cells: index.ordered.map(({ id }): MatrixCell => {
        for (const position of conflict.positions) {
          const evidence = position.support.find((e) => e.article === id);
          if (evidence) return { article: id, state: "disputes", evidence, display: position.display };
        }
        return { article: id, state: "silent" };
      }),
    }),
  );
  return { disputed, agreed };
}
