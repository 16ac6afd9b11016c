import { Hono, type Context } from "hono";
import type { ServeContext } from "../context.js";
import { formSubmissions, parseForm, MAX_REPORTS_PER_REQUEST, submitReport, type IntakeOutcome } from "../intake/index.js";
import { readStoryListRequest, storyListLink, type StoryListPaging, storyResponse } from "../stories/index.js";
import { readAssets } from "../http/index.js";
import { renderStoryListPage, renderAddPage, type AddResult, renderErrorPage, describeStoryChange, type StoryChange, HOME_PATH } from "../ui/index.js";
import { decodeAligned } from "../../store/aligned-codec.js";

/** Stories per page of the list; the page's `next` link reads further. */
const LIST_PAGE_SIZE = 50;

/** The web UI: server-rendered pages that work without scripts, and their static assets. */
export function uiRoutes(context: ServeContext): Hono {
  const ui = new Hono();
  const assets = readAssets();

  ui.get("/", context.listAnswers, async (c) => {
    const { filters, query } = readStoryListRequest((name) => c.req.query(name), LIST_PAGE_SIZE);
    const [page, counts, outlets] = await Promise.all([context.findStories(query), context.intake.store.counts(), context.outlets()]);
    const paging: StoryListPaging = {
      filters,
      outlets: outlets.map((o) => o.name),
      matched: page.total,
      next: page.next ? storyListLink(HOME_PATH, filters, page.next) : null,
      first: query.after ? storyListLink(HOME_PATH, filters) : null,
    };
    return c.html(renderStoryListPage({ stories: page.stories, query: filters.q, total: counts.stories, paging }));
  });

  ui.get("/stories/:id", async (c) => {
    const entry = await context.stories.get(c.req.param("id"));
    if (!entry) return c.html(renderErrorPage(404, `There is no story ${c.req.param("id")}. It may have been merged into another as reports arrived.`), 404);
    return storyResponse(c, context, c.req.param("id"), entry, "html", { "Content-Type": "text/html; charset=UTF-8" });
  });

  ui.get("/add", (c) => c.html(renderAddPage({ maxUploadBytes: context.options.maxUploadBytes })));

  ui.post("/add", async (c) => addReports(c, context));

  ui.get("/assets/:name", (c) => {
    const asset = assets.get(c.req.param("name"));
    if (!asset) return c.text("Not found", 404);
    return c.body(asset.body, 200, { "Content-Type": asset.type, "Cache-Control": "no-cache" });
  });

  return ui;
}

async function addReports(c: Context, context: ServeContext): Promise<Response> {
  const body = await parseForm(c);
  const values = { text: field(body.text), url: field(body.url), source: field(body.source) };
  const submissions = await formSubmissions(body);
  // The form comes back filled only when nothing was added, so the user can correct it.
  const page = (status: number, input: { results?: AddResult[]; changes?: StoryChange[]; error?: string }) =>
    c.html(renderAddPage({ maxUploadBytes: context.options.maxUploadBytes, ...(status === 200 ? {} : { values }), ...input }), status as 200);
  if (submissions.length === 0) return page(400, { error: "Paste a report, choose files, or give a URL." });
  if (submissions.length > MAX_REPORTS_PER_REQUEST) return page(400, { error: `Add at most ${MAX_REPORTS_PER_REQUEST} reports at a time (this form held ${submissions.length}).` });
  const outcomes: IntakeOutcome[] = [];
  for (const submission of submissions) outcomes.push(await submitReport(context.intake, submission));
  const { results, changes } = await describeOutcomes(context, outcomes);
  return page(results.every((r) => r.status === "failed") ? 422 : 200, { results, changes });
}

/**
 * Each outcome with its story's headline, and what the stored reports changed in each story,
 * looked up once per story after every report is placed: many files of one form usually join one
 * story, and a later report can change its headline.
 */
async function describeOutcomes(context: ServeContext, outcomes: IntakeOutcome[]): Promise<{ results: AddResult[]; changes: StoryChange[] }> {
  const added = new Set(outcomes.flatMap((o) => (o.status === "stored" && o.id ? [o.id] : [])));
  const changes: StoryChange[] = [];
  for (const story of new Set(outcomes.flatMap((o) => (o.story ? [o.story] : [])))) {
    const entry = await context.stories.get(story);
    if (entry) changes.push(describeStoryChange(decodeAligned(entry.kept.view, entry.kept.articles), added));
  }
  const headlines = new Map(changes.map((change) => [change.story, change.headline]));
  const results = outcomes.map(({ code: _code, ...result }) => {
    const headline = result.story ? headlines.get(result.story) : undefined;
    return headline ? { ...result, headline } : result;
  });
  return { results, changes: changes.filter((change) => outcomes.some((o) => o.status === "stored" && o.story === change.story)) };
}

function field(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}
