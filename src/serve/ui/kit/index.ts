/** Building blocks every page uses: escaping, formats, links, the page frame, report names. */
export { countOf, formatCount, formatDate, formatDateRange, formatValue } from "./format.js";
export { html, type SafeHtml } from "./html.js";
export { renderLayout } from "./layout.js";
export { againstLine, independentSources, indexReports, sentenceIndexAt, type ReportEntry, type ReportIndex } from "./report-index.js";
export { fileName, reportName } from "./report-name.js";
export { ADD_PATH, HOME_PATH, fragment, httpUrl, reportAnchor, sentenceAnchor, storyExportPath, storyPath } from "./urls.js";
