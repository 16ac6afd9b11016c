import type { StorySummary } from "../../../store/store.js";
import type { StoryListPaging } from "../../stories/index.js";
import { html, type SafeHtml } from "../kit/index.js";
import { countOf, formatCount, formatDateRange } from "../kit/index.js";
import { renderLayout } from "../kit/index.js";
import { ADD_PATH, HOME_PATH, storyPath } from "../kit/index.js";
import { reportName } from "../kit/index.js";

/** How many outlet names a row lists under its headline before "+N more". */
const OUTLETS_SHOWN = 4;

/** Every stored story (already filtered by `query` and sorted by the server), with a search box. */
export function renderStoryListPage(input: { stories: { id: string; summary: StorySummary }[]; query: string; total: number; paging?: StoryListPaging }): string {
  const { stories, query, total } = input;
  return renderLayout({
    title: query ? `Stories matching “${query}”` : "Stories",
    section: "stories",
    main: html`<div class="page-head">
      <h1>Stories</h1>
      <form class="search" role="search" method="get" action="${HOME_PATH}">
        <label class="visually-hidden" for="q">Search stories</label>
        <input type="search" id="q" name="q" value="${query}" placeholder="Search report text, places, names, figures">
        <button type="submit" class="button">Search</button>
      </form>
    </div>
    ${total === 0 ? renderNoStories() : stories.length === 0 ? renderNoMatch(query, total) : renderTable(stories, query, total)}`,
  });
}

function renderNoStories(): SafeHtml {
  return html`<div class="empty-panel">
    <h2>No stories yet</h2>
    <p>Add news reports and Corroborate groups them into stories, then shows what the outlets agree on, dispute, or say alone.</p>
    <p><a class="button" href="${ADD_PATH}">Add reports</a></p>
  </div>`;
}

function renderNoMatch(query: string, total: number): SafeHtml {
  return html`<div class="empty-panel">
    <h2>No story matches “${query}”</h2>
    <p>None of the ${countOf(total, "story", "stories")} has that in its headline, outlets or report ids.</p>
    <p><a href="${HOME_PATH}">Show all stories</a></p>
  </div>`;
}

function renderTable(stories: { id: string; summary: StorySummary }[], query: string, total: number): SafeHtml {
  return html`<p class="result-count">${formatCount(stories.length)} of ${countOf(total, "story", "stories")}${query ? html` matching “${query}” · <a href="${HOME_PATH}">clear search</a>` : ""}</p>
    <div class="table-scroll">
      <table class="story-table">
        <caption class="visually-hidden">Stories, newest first</caption>
        <thead><tr>
          <th scope="col">Story</th>
          <th scope="col">Published</th>
          <th scope="col" class="num">Reports</th>
          <th scope="col" class="num">Independent outlets</th>
          <th scope="col" class="num">Disputed points</th>
        </tr></thead>
        <tbody>${stories.map(({ id, summary }) => renderRow(id, summary))}</tbody>
      </table>
    </div>`;
}

function renderRow(id: string, summary: StorySummary): SafeHtml {
  const outlets = [...new Set(summary.articles.map(reportName))];
  const more = outlets.length - OUTLETS_SHOWN;
  return html`<tr>
    <td class="story-cell">
      <a class="story-link" href="${storyPath(id)}" title="${summary.headline}">${summary.headline}</a>
      <span class="story-outlets">${outlets.slice(0, OUTLETS_SHOWN).join(" · ")}${more > 0 ? ` · +${more} more` : ""}</span>
    </td>
    <td class="date-cell">${formatDateRange(summary.firstPublished, summary.lastPublished)}</td>
    <td class="num" data-label="Reports">${summary.reports}</td>
    <td class="num" data-label="Independent">${summary.independentOutlets}</td>
    <td class="num" data-label="Disputed points">${summary.disputed > 0 ? html`<span class="badge badge-disputed">${summary.disputed}</span>` : html`<span class="badge badge-none">none</span>`}</td>
  </tr>`;
}
