import http from "node:http";
import type { AddressInfo } from "node:net";
import type { AddressPolicy } from "../../src/ingest/address-policy.js";
import type { CliIO } from "../../src/cli/io.js";

/**
 * A small news site on loopback for feed, sitemap and watch tests: article pages, feeds in every
 * format, sitemaps and robots.txt, all written here (fictional reports). The address policy the
 * tests pass lets exactly this site's port through; the default policy still refuses loopback.
 */
export interface Story {
  slug: string;
  title: string;
  author: string;
  /** ISO date-time. */
  date: string;
  paragraphs: string[];
}

export const FERRY_REPORTS: Story[] = [
  {
    slug: "storm-delays-ferry",
    title: "Storm delays Kellport ferry",
    author: "Mara Lindqvist",
    date: "2031-04-08T09:30:00+01:00",
    paragraphs: [
      "The morning ferry from Kellport to Ansel Island left four hours late on Tuesday after a storm closed the harbour, the port authority said.",
      "About 140 passengers were aboard the vessel when it finally sailed, according to the operator, Harbour Lines.",
      "Two later crossings were cancelled. The port authority said the harbour would reopen fully on Wednesday.",
    ],
  },
  {
    slug: "ferry-sails-late",
    title: "Kellport ferry sails late after storm",
    author: "Tomas Oyelaran",
    date: "2031-04-08T11:00:00+01:00",
    paragraphs: [
      "A storm closed Kellport harbour on Tuesday, and the morning ferry to Ansel Island left four hours late, the port authority said.",
      "The operator, Harbour Lines, said 140 passengers were aboard when the ferry sailed.",
      "Two crossings later in the day were cancelled, and the harbour is due to reopen fully on Wednesday.",
    ],
  },
];

/** A third report that puts a different number aboard: the contradiction a watch must announce. */
export const CONTRADICTING_REPORT: Story = {
  slug: "ferry-delayed-by-storm",
  title: "Ferry to Ansel Island delayed by storm",
  author: "Ines Achterberg",
  date: "2031-04-08T13:15:00+01:00",
  paragraphs: [
    "The Kellport ferry to Ansel Island sailed four hours behind schedule on Tuesday after a storm shut the harbour, the port authority said.",
    "Harbour Lines, the operator, said 310 passengers were aboard the vessel.",
    "Two crossings were cancelled and the harbour should reopen fully on Wednesday, officials said.",
  ],
};

export const OUTLET = "Harbour Gazette";

export function articleHtml(story: Story): string {
  const body = story.paragraphs.map((p) => `<p>${p}</p>`).join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${story.title} | ${OUTLET}</title>
<meta property="og:site_name" content="${OUTLET}"></head><body><header><nav><a href="/">Home</a> <a href="/world/">World</a></nav></header>
<main><article><h1>${story.title}</h1>\n${body}\n</article></main><footer>© ${OUTLET}</footer></body></html>`;
}

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const summaryHtml = (story: Story) => story.paragraphs.map((p) => `<p>${p}</p>`).join("");

export function rssFeed(base: string, stories: Story[]): string {
  const items = stories.map((s) => `<item><title>${escape(s.title)}</title><link>${base}/news/${s.slug}</link><guid>${base}/news/${s.slug}</guid>
<pubDate>${new Date(s.date).toUTCString()}</pubDate><dc:creator>${s.author}</dc:creator>
<description>${escape(summaryHtml(s))}</description></item>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>${OUTLET}</title><link>${base}/</link><description>News</description>\n${items.join("\n")}\n</channel></rss>`;
}

export function atomFeed(base: string, stories: Story[]): string {
  const entries = stories.map((s) => `<entry><title>${escape(s.title)}</title><link rel="alternate" href="${base}/news/${s.slug}"/><id>${base}/news/${s.slug}</id>
<published>${s.date}</published><updated>${s.date}</updated><author><name>${s.author}</name></author>
<content type="html">${escape(summaryHtml(s))}</content></entry>`);
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>${OUTLET}</title><id>${base}/</id><updated>2031-04-08T13:15:00Z</updated>\n${entries.join("\n")}\n</feed>`;
}

export function rdfFeed(base: string, stories: Story[]): string {
  const items = stories.map((s) => `<item rdf:about="${base}/news/${s.slug}"><title>${escape(s.title)}</title><link>${base}/news/${s.slug}</link>
<dc:date>${s.date}</dc:date><dc:creator>${s.author}</dc:creator><description>${escape(summaryHtml(s))}</description></item>`);
  return `<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="${base}/"><title>${OUTLET}</title><link>${base}/</link><description>News</description></channel>\n${items.join("\n")}\n</rdf:RDF>`;
}

export function jsonFeed(base: string, stories: Story[]): string {
  return JSON.stringify({
    version: "https://jsonfeed.org/version/1.1",
    title: OUTLET,
    home_page_url: `${base}/`,
    items: stories.map((s) => ({ id: `${base}/news/${s.slug}`, url: `${base}/news/${s.slug}`, title: s.title, date_published: s.date, authors: [{ name: s.author }], content_html: summaryHtml(s) })),
  });
}

export function newsSitemap(base: string, stories: Story[]): string {
  const urls = stories.map((s) => `<url><loc>${base}/news/${s.slug}</loc><news:news><news:publication><news:name>${OUTLET}</news:name><news:language>en</news:language></news:publication>
<news:publication_date>${s.date}</news:publication_date><news:title>${escape(s.title)}</news:title></news:news></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${urls.join("\n")}\n</urlset>`;
}

export interface NewsSite {
  base: string;
  port: number;
  /** Loopback through to this site's port only. */
  policy: AddressPolicy;
  /** Every request, in order: method, path, headers, time. */
  requests: { method: string; path: string; headers: http.IncomingHttpHeaders; at: number }[];
  /** Paths answered with these bodies (content type, body); set or change them as the test goes. */
  routes: Map<string, { type: string; body: string | Buffer; etag?: string }>;
  close(): Promise<void>;
}

/** Start the site; `handler` answers paths the routes do not hold (a webhook receiver, say). */
export async function startNewsSite(handler?: http.RequestListener): Promise<NewsSite> {
  const routes: NewsSite["routes"] = new Map();
  const requests: NewsSite["requests"] = [];
  const server = http.createServer((req, res) => {
    const path = req.url ?? "/";
    requests.push({ method: req.method ?? "GET", path, headers: req.headers, at: Date.now() });
    const route = routes.get(path);
    if (route) {
      if (route.etag && req.headers["if-none-match"] === route.etag) return res.writeHead(304, { etag: route.etag }).end();
      return res.writeHead(200, { "content-type": route.type, ...(route.etag ? { etag: route.etag } : {}) }).end(route.body);
    }
    if (handler) return handler(req, res);
    res.writeHead(404, { "content-type": "text/plain" }).end("not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;
  return {
    base,
    port,
    policy: (address, p) => address === "127.0.0.1" && p === port,
    requests,
    routes,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Serve each story's page under /news/SLUG. */
export function servePages(site: NewsSite, stories: Story[]): void {
  for (const story of stories) site.routes.set(`/news/${story.slug}`, { type: "text/html; charset=utf-8", body: articleHtml(story) });
}

/** Captured CLI output. */
export function captureIO(): CliIO & { out: string; err: string } {
  const io = {
    out: "",
    err: "",
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
    isTTY: false,
    env: {},
  };
  return io;
}
