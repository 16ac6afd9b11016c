/** Posted reports: forms and JSON bodies read into submissions, each stored through one write queue. */
export { formSubmissions, parseForm, MAX_REPORTS_PER_REQUEST } from "./form-submissions.js";
export { jsonSubmission } from "./json-submission.js";
export { parseJsonBody } from "../../workers/json-task.js";
export { submitReport, type IntakeContext, type IntakeOutcome, type Submission } from "./report-intake.js";
export { SerialQueue } from "./serial-queue.js";
