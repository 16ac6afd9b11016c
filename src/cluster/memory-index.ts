import type { CandidateQuery, Placement } from "./placement.js";
import { lastDay, stateOf, storyIndexTerms, type ReportFeatures, type StoryState } from "./story-state.js";

/**
 * The candidate index held in memory, for `check`: the same postings the store keeps in SQLite
 * (term → stories, with each story's last day), so a batch places reports as an ingest would.
 */
export class MemoryStoryIndex {
  readonly stories = new Map<string, StoryState>();
  readonly members = new Map<string, ReportFeatures[]>();
  private readonly postings = new Map<string, Map<string, number | null>>();
  private readonly termsOf = new Map<string, string[]>();

  /** Stories sharing the query's terms, with how many terms each shares. */
  find(query: CandidateQuery): Map<string, number> {
    const hits = new Map<string, number>();
    for (const term of query.terms) {
      const posted = [...(this.postings.get(term) ?? [])].filter(([, day]) => query.fromDay === null || day === null || day >= query.fromDay);
      posted.sort((a, b) => (b[1] ?? Infinity) - (a[1] ?? Infinity));
      for (const [id] of posted.slice(0, query.perTerm)) hits.set(id, (hits.get(id) ?? 0) + 1);
    }
    return hits;
  }

  load(ids: string[]): StoryState[] {
    return ids.map((id) => this.stories.get(id)!);
  }

  /** Record a placement: the report joins `placement.story`, merged stories fold into it. */
  apply(placement: Placement, report: ReportFeatures): void {
    const members = this.members.get(placement.story.id) ?? [];
    for (const id of placement.merged) {
      members.push(...(this.members.get(id) ?? []));
      this.remove(id);
    }
    members.push(report);
    this.put(placement.story, members);
  }

  /** Replace one story by several built from its members. */
  split(storyId: string, parts: { id: string; members: ReportFeatures[] }[]): void {
    this.remove(storyId);
    for (const part of parts) this.put(stateOf(part.id, part.members), part.members);
  }

  private put(state: StoryState, members: ReportFeatures[]): void {
    this.unindex(state.id);
    this.stories.set(state.id, state);
    this.members.set(state.id, members);
    const terms = storyIndexTerms(state);
    this.termsOf.set(state.id, terms);
    for (const term of terms) {
      let posted = this.postings.get(term);
      if (!posted) this.postings.set(term, (posted = new Map()));
      posted.set(state.id, lastDay(state));
    }
  }

  private remove(id: string): void {
    this.unindex(id);
    this.stories.delete(id);
    this.members.delete(id);
  }

  private unindex(id: string): void {
    for (const term of this.termsOf.get(id) ?? []) this.postings.get(term)?.delete(id);
    this.termsOf.delete(id);
  }
}
