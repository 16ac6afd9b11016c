import { Hono, type Context } from "hono";
import { CorroborateError } from "../../errors.js";
import type { ServeContext } from "../context.js";
import { formSubmissions, parseForm, MAX_REPORTS_PER_REQUEST, jsonSubmission, parseJsonBody, submitReport, type IntakeOutcome, type Submission } from "../intake/index.js";
import { statusFor, errorBody } from "../http/index.js";
import { encodeCursor, readStoryListRequest, storyListLink, storyResponse } from "../stories/index.js";
import { OPENAPI_DOCUMENT } from "./openapi.js";

/** A listing page holds at most this many stories; its `next` link reads further. */
const MAX_LIST_LIMIT = 1000;
const DEFAULT_LIST_LIMIT = 50;
/**
 * A JSON body larger than this is decoded, parsed and its report's text encoded in a worker thread
 * (json-task.ts): a report of megabytes costs the main thread tens of milliseconds for each, which
 * every reader would wait behind, while a small one parses faster than the trip to a worker.
 */
const PARSE_APART_BYTES = 256 * 1024;

/** The JSON API under /api: add reports, list stories, read one story in the JSON contract's shape. */
export function apiRoutes(context: ServeContext): Hono {
  const api = new Hono();

  api.get("/openapi.json", (c) => c.json(OPENAPI_DOCUMENT));

  api.post("/reports", async (c) => {
    const submissions = await readSubmissions(c, context);
    const outcomes = [];
    for (const submission of submissions) outcomes.push(await submitReport(context.intake, submission));
    if (outcomes.length === 1) return answerOne(c, outcomes[0]!);
    const status = outcomes.some((o) => o.status === "stored") ? 201 : outcomes.every((o) => o.status === "failed") ? failureStatus(outcomes[0]!) : 200;
    return c.json({ reports: outcomes.map(outcomeJson) }, status as 200);
  });

  api.get("/stories", context.listAnswers, (c) => listStories(c, context, "/api/stories"));

  // The list's search on its own: `q` is required here.
  api.get("/search", context.listAnswers, (c) => {
    if (!c.req.query("q")?.trim()) throw new CorroborateError("E_BAD_ARGUMENT", "cli", "give the words to search for as q, e.g. /api/search?q=flood");
    return listStories(c, context, "/api/search");
  });

  api.get("/outlets", async (c) => c.json({ outlets: await context.outlets() }));

  api.get("/stories/:id", async (c) => {
    const id = c.req.param("id");
    const entry = await context.stories.get(id);
    if (!entry) throw new CorroborateError("E_NOT_FOUND", "store", `no story ${id}`);
    return storyResponse(c, context, id, entry, "json", { "Content-Type": "application/json; charset=utf-8" });
  });

  return api;
}

async function readSubmissions(c: Context, context: ServeContext): Promise<Submission[]> {
  const type = c.req.header("content-type") ?? "";
  if (/^application\/json\b/i.test(type)) {
    const bytes = await c.req.arrayBuffer();
    return [bytes.byteLength > PARSE_APART_BYTES ? await context.intake.pool.readJsonSubmission(bytes) : jsonSubmission(parseJsonBody(bytes))];
  }
  if (/^multipart\/form-data\b/i.test(type)) {
    const submissions = await formSubmissions(await parseForm(c));
    if (submissions.length === 0) throw new CorroborateError("E_NO_INPUT", "ingest", "the form holds no report: send a file, text or url field");
    if (submissions.length > MAX_REPORTS_PER_REQUEST) throw new CorroborateError("E_BAD_ARGUMENT", "ingest", `at most ${MAX_REPORTS_PER_REQUEST} reports per request (got ${submissions.length})`);
    return submissions;
  }
  throw new CorroborateError("E_MEDIA_TYPE", "ingest", "send application/json or multipart/form-data");
}

function answerOne(c: Context, outcome: IntakeOutcome): Response {
  if (outcome.status === "failed") return c.json({ ...errorBody(outcome.code, outcome.message), source: outcome.source }, failureStatus(outcome) as 400);
  return c.json(outcomeJson(outcome), outcome.status === "stored" ? 201 : 200);
}

function outcomeJson(outcome: IntakeOutcome): object {
  if (outcome.status === "failed") return { source: outcome.source, status: outcome.status, ...errorBody(outcome.code, outcome.message) };
  return { id: outcome.id, story: outcome.story, status: outcome.status, source: outcome.source, links: links(outcome.story!) };
}

function failureStatus(outcome: IntakeOutcome): number {
  return outcome.code ? statusFor(outcome.code) : 422;
}

function links(storyId: string): { story: string; page: string } {
  const id = encodeURIComponent(storyId);
  return { story: `/api/stories/${id}`, page: `/stories/${id}` };
}

/**
 * A page of the story list as JSON: { total, stories: [{ id, headline, …, articles, links }],
 * next: the URL of the next page or null, cursor: its cursor or null }.
 */
async function listStories(c: Context, context: ServeContext, path: string): Promise<Response> {
  const limit = boundedInt(c.req.query("limit"), DEFAULT_LIST_LIMIT, 1, MAX_LIST_LIMIT, "limit");
  const { filters, query } = readStoryListRequest((name) => c.req.query(name), limit);
  const page = await context.findStories(query);
  const extra: Record<string, string> = limit === DEFAULT_LIST_LIMIT ? {} : { limit: String(limit) };
  return c.json({
    total: page.total,
    stories: page.stories.map(({ id, summary }) => ({ id, ...summary, links: links(id) })),
    next: page.next ? storyListLink(path, filters, page.next, extra) : null,
    cursor: page.next ? encodeCursor(page.next) : null,
  });
}

function boundedInt(text: string | undefined, fallback: number, min: number, max: number, name: string): number {
  if (text === undefined || text === "") return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) throw new CorroborateError("E_BAD_ARGUMENT", "cli", `${name} must be a whole number from ${min} to ${max}`);
  return value;
}
