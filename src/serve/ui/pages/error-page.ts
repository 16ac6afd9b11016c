import { html } from "../kit/index.js";
import { renderLayout } from "../kit/index.js";
import { HOME_PATH } from "../kit/index.js";

/** The status words a reader sees above the message, for the statuses the server sends. */
const STATUS_TITLES: Readonly<Record<number, string>> = {
  400: "Bad request",
  404: "Not found",
  405: "Method not allowed",
  413: "Too large",
  415: "Unsupported type",
  500: "Something went wrong",
  503: "Unavailable",
};

export function renderErrorPage(status: number, message: string): string {
  const title = STATUS_TITLES[status] ?? (status >= 500 ? "Something went wrong" : "Request failed");
  return renderLayout({
    title,
    section: null,
    main: html`<div class="error-panel">
      <p class="error-status">Error ${status}</p>
      <h1>${title}</h1>
      <p class="error-message">${message}</p>
      <p><a class="button" href="${HOME_PATH}">Back to stories</a></p>
    </div>`,
  });
}
