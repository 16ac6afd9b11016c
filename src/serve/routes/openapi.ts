/** The API described for client generators and readers: OpenAPI 3.1, served at /api/openapi.json. */
const ERROR = {
  description: "The error, in words for a person",
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
};

/** The story list's filters and paging (story-list-query.ts), on /api/stories and /api/search. */
const LIST_PARAMETERS = [
  { name: "q", in: "query", schema: { type: "string" }, description: "words that must all appear in one report of the story (text, title, outlet, claim values), or a story id" },
  { name: "disputed", in: "query", schema: { enum: ["1"] }, description: "only stories with a disputed point" },
  { name: "from", in: "query", schema: { type: "string", format: "date" }, description: "only stories with a report dated on or after this day" },
  { name: "to", in: "query", schema: { type: "string", format: "date" }, description: "only stories with a report dated on or before this day" },
  { name: "outlet", in: "query", schema: { type: "string" }, description: "only stories with a report from this outlet (case ignored; /api/outlets lists them)" },
  { name: "cursor", in: "query", schema: { type: "string" }, description: "where the previous page ended: follow its `next` link" },
  { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 1000, default: 50 } },
] as const;

export const OPENAPI_DOCUMENT = {
  openapi: "3.1.0",
  info: {
    title: "Corroborate API",
    version: "1",
    description:
      "Add news reports; Corroborate groups them into stories and tells, per story, what independent outlets agree on, what only one says, and where they contradict, each finding citing the exact sentences.",
  },
  paths: {
    "/api/reports": {
      post: {
        summary: "Add a report (pasted text, HTML, a URL to fetch, or uploaded files) and place it in its story",
        requestBody: {
          required: true,
          content: {
            "application/json": { schema: { $ref: "#/components/schemas/NewReport" } },
            "multipart/form-data": {
              schema: {
                type: "object",
                properties: {
                  file: { type: "array", items: { type: "string", format: "binary" }, description: "report files: .txt, .html, .html.gz" },
                  text: { type: "string", description: "pasted text or HTML" },
                  url: { type: "string", description: "http(s) URLs, one per line" },
                  source: { type: "string", description: "a name for pasted text or a single file" },
                },
              },
            },
          },
        },
        responses: {
          "201": { description: "Stored and placed", content: { "application/json": { schema: { oneOf: [{ $ref: "#/components/schemas/Placed" }, { $ref: "#/components/schemas/PlacedMany" }] } } } },
          "200": { description: "Already stored (same source and same bytes): nothing changed", content: { "application/json": { schema: { $ref: "#/components/schemas/Placed" } } } },
          "400": { ...ERROR, description: "The request is malformed (bad JSON, a broken multipart body)" },
          "403": { ...ERROR, description: "Sent by a page on another site" },
          "413": { ...ERROR, description: "Over the upload limit" },
          "415": { ...ERROR, description: "Neither JSON nor a multipart form" },
          "422": { ...ERROR, description: "Nothing usable: no article text, no sentence to check, a binary file, a URL on a private address, or a report over the time budget (E_TOO_SLOW)" },
          "502": { ...ERROR, description: "The URL could not be fetched" },
        },
      },
    },
    "/api/stories": {
      get: {
        summary: "A page of the story list, newest first (the day of each story's latest report; undated stories last), with filters",
        parameters: LIST_PARAMETERS,
        responses: { "200": { description: "Stories", content: { "application/json": { schema: { $ref: "#/components/schemas/StoryList" } } } }, "400": ERROR },
      },
    },
    "/api/search": {
      get: {
        summary: "Full-text search: stories with a report holding every word of q in its text, title, outlet or claim values (case and accents ignored)",
        parameters: [{ ...LIST_PARAMETERS[0], required: true }, ...LIST_PARAMETERS.slice(1)],
        responses: { "200": { description: "Stories", content: { "application/json": { schema: { $ref: "#/components/schemas/StoryList" } } } }, "400": ERROR },
      },
    },
    "/api/outlets": {
      get: {
        summary: "The outlets of the stored reports, most reports first: the choices of the list's outlet filter",
        responses: {
          "200": {
            description: "Outlets",
            content: {
              "application/json": {
                schema: { type: "object", properties: { outlets: { type: "array", items: { type: "object", properties: { name: { type: "string" }, reports: { type: "integer" }, stories: { type: "integer" } } } } } },
              },
            },
          },
        },
      },
    },
    "/api/stories/{id}": {
      get: {
        summary: "One story in the JSON contract's story shape (version 1): articles, facts, conflicts, updates, sources",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        responses: { "200": { description: "The story", content: { "application/json": { schema: { $ref: "#/components/schemas/Story" } } } }, "404": ERROR },
      },
    },
  },
  components: {
    schemas: {
      NewReport: {
        type: "object",
        description: "Exactly one of text, html or url.",
        properties: { text: { type: "string" }, html: { type: "string" }, url: { type: "string", format: "uri" }, source: { type: "string", maxLength: 300 } },
      },
      Placed: {
        type: "object",
        required: ["id", "story", "status"],
        properties: {
          id: { type: "string", description: "the report's id" },
          story: { type: "string", description: "the story it was placed in" },
          status: { enum: ["stored", "duplicate"] },
          source: { type: "string" },
          links: { type: "object", properties: { story: { type: "string" }, page: { type: "string" } } },
        },
      },
      PlacedMany: { type: "object", properties: { reports: { type: "array", items: { type: "object" } } } },
      StoryList: {
        type: "object",
        properties: {
          total: { type: "integer", description: "stories matching the filters, on every page" },
          next: { type: ["string", "null"], description: "the URL of the next page, with the same filters; null on the last page" },
          cursor: { type: ["string", "null"], description: "the next page's cursor alone" },
          stories: {
            type: "array",
            items: {
              type: "object",
              properties: {
                id: { type: "string" },
                headline: { type: "string" },
                firstPublished: { type: ["string", "null"], format: "date" },
                lastPublished: { type: ["string", "null"], format: "date" },
                reports: { type: "integer" },
                independentOutlets: { type: "integer" },
                disputed: { type: "integer" },
                articles: {
                  type: "array",
                  items: {
                    type: "object",
                    properties: {
                      id: { type: "string" },
                      name: { type: "string", description: "how to show the source: the outlet, else the site of the URL, else the file name" },
                      source: { type: "string", description: "the URL, or the file name (never a path)" },
                      outlet: { type: ["string", "null"] },
                      url: { type: ["string", "null"], format: "uri" },
                      title: { type: "string" },
                      published: { type: ["string", "null"], format: "date" },
                      publishedAt: { type: ["string", "null"], description: "date and time of day with offset, when the page gives it" },
                    },
                  },
                },
                links: { type: "object", properties: { story: { type: "string" }, page: { type: "string" } } },
              },
            },
          },
        },
      },
      Story: {
        type: "object",
        description: "See the README's JSON contract: evidence spans index into each article's text.",
        properties: {
          id: { type: "string" },
          headline: { type: "string" },
          articles: { type: "array", items: { type: "object" } },
          reprints: { type: "array", items: { type: "array", items: { type: "string" } } },
          entities: { type: "array", items: { type: "object" } },
          facts: { type: "array", items: { type: "object" } },
          conflicts: { type: "array", items: { type: "object" } },
          updates: { type: "array", items: { type: "object" } },
          sources: { type: "array", items: { type: "object" } },
        },
      },
      Error: {
        type: "object",
        properties: { error: { type: "object", properties: { code: { type: "string" }, message: { type: "string" } } } },
      },
    },
  },
} as const;
