import { html, type SafeHtml } from "./html.js";
import { ADD_PATH, API_DOCS_PATH, HOME_PATH } from "./urls.js";

/** Which nav entry the page belongs to, marked as the current page. */
export type Section = "stories" | "add" | null;

/** The frame of every page: head, header with nav, main content, footer. Returns the document. */
export function renderLayout(page: { title: string; section: Section; main: SafeHtml; wide?: boolean }): string {
  const current = (section: Section) => (page.section === section ? html` aria-current="page"` : "");
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} · Corroborate</title>
<link rel="stylesheet" href="/assets/app.css">
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
<script defer src="/assets/app.js"></script>
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="topbar">
  <div class="topbar-inner">
    <a class="brand" href="${HOME_PATH}"><span class="brand-mark" aria-hidden="true"></span>Corroborate</a>
    <nav class="topnav" aria-label="Main">
      <a href="${HOME_PATH}"${current("stories")}>Stories</a>
      <a href="${ADD_PATH}"${current("add")}>Add reports</a>
    </nav>
  </div>
</header>
<main id="main" class="${page.wide ? "page page-wide" : "page"}" tabindex="-1">
${page.main}
</main>
<footer class="footer">
  <div class="footer-inner">
    <span>Corroborate: what independent reports agree on, dispute, or say alone, each finding citing its sentences.</span>
    <a href="${API_DOCS_PATH}">API (OpenAPI)</a>
  </div>
</footer>
</body>
</html>
`.toString();
}
