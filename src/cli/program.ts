import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { CHECK_FORMATS, EXTRACT_FORMATS, STORIES_FORMATS, type CheckFormat, type ExtractFormat, type StoriesFormat } from "./formats.js";
// The options alone, not the serve entry: that loads the web server, which --help and other commands do without.
import { DEFAULT_SERVE_OPTIONS } from "../serve/options.js";
import { parseInterval, webhookUrl } from "./watch-options.js";
import { DEFAULT_JOB_TIMEOUT_SECONDS } from "../queue/job-timeout.js";
import { EXIT, type CliIO } from "./io.js";
import { timeBudget, timeBudgetOption } from "./time-budget-option.js";
import { VERSION } from "../version.js";

/**
 * Parse arguments and run one command. Returns the exit code and never calls process.exit,
 * so tests can drive it; main.ts is the only place that exits. Each command's code is imported
 * when that command runs: --help, and commands that need no store or server, start without them.
 */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  let code: number = EXIT.OK;
  const program = new Command("corroborate")
    .description("What news reports of the same events agree on, what only one says, and where they contradict — each finding citing the exact sentences.")
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError("(run with --help for usage)");

  program
    .command("check")
    .description("Group reports into stories and print what they agree on, dispute, and say alone")
    .argument("<inputs...>", "files, directories, globs, http(s) URLs (pages, feeds, sitemaps, JSONL, WARC), or - for standard input")
    .addOption(formatOption(CHECK_FORMATS, "text"))
    .option("-o, --output <file>", "write the result to a file instead of standard output")
    .addOption(timeBudgetOption())
    .option("--follow", "fetch the page each feed entry links to, instead of using the entry's own text")
    .addHelpText("after", "\nExamples:\n  corroborate check examples/rail-crash\n  corroborate check 'reports/*.html' --format json > brief.json\n  cat report.txt | corroborate check - other.txt\n  corroborate check https://example.org/feed.xml --follow")
    .action(async (inputs: string[], options: { format: CheckFormat; output?: string; follow?: boolean; secondsPerMb?: number }) => {
      const check = { format: options.format, output: options.output, budget: timeBudget(options.secondsPerMb, io.env) };
      code = await (await import("./check-command.js")).runCheck(inputs, check, io, { follow: Boolean(options.follow) });
    });

  program
    .command("extract")
    .description("Print the cleaned main text of each report, or its metadata and removed lines as JSON")
    .argument("<inputs...>", "files, directories, globs, http(s) URLs (pages, feeds, sitemaps, JSONL, WARC), or - for standard input")
    .addOption(formatOption(EXTRACT_FORMATS, "text"))
    .addOption(timeBudgetOption())
    .option("--follow", "fetch the page each feed entry links to, instead of using the entry's own text")
    .action(async (inputs: string[], options: { format: ExtractFormat; follow?: boolean; secondsPerMb?: number }) => {
      const budget = timeBudget(options.secondsPerMb, io.env);
      code = await (await import("./extract-command.js")).runExtract(inputs, options.format, io, { follow: Boolean(options.follow) }, budget);
    });

  program
    .command("ingest")
    .description("Add reports to a store and place each in its story (each report committed as it is read)")
    .argument("<inputs...>", "files, directories, globs, http(s) URLs (pages, feeds, sitemaps, JSONL, WARC), or - for standard input")
    .addOption(dbOption())
    .addOption(timeBudgetOption())
    .option("--enqueue", "put the reports on the job queue and return; workers place them (PostgreSQL only)")
    .option("--job-timeout <seconds>", "with --enqueue: a job running longer is taken as lost and run again", seconds, DEFAULT_JOB_TIMEOUT_SECONDS)
    .option("--no-follow", "use each feed entry's own text instead of fetching the page it links to")
    .addHelpText("after", "\nExamples:\n  corroborate ingest reports/\n  corroborate ingest 'saved/*.html' --db news.db\n  corroborate ingest crawl/ --db postgres://localhost/news --enqueue\n  corroborate ingest crawl.warc.gz scraped.jsonl https://example.org/sitemap.xml")
    .action(async (inputs: string[], options: { db?: string; enqueue?: boolean; jobTimeout: number; follow: boolean; secondsPerMb?: number }) => {
      const db = await storeLocation(options.db, io);
      const budget = timeBudget(options.secondsPerMb, io.env);
      code = options.enqueue
        ? await (await queueCommands()).runEnqueue(inputs, db, options.jobTimeout, io)
        : await (await import("./ingest-command.js")).runIngest(inputs, db, io, { follow: options.follow }, budget);
    });

  program
    .command("watch")
    .description("Poll feeds (and files), store new reports, and print each new dispute they open as one NDJSON line")
    .argument("<inputs...>", "feed or sitemap URLs, or files (feeds, JSONL, WARC) read again at each poll")
    .addOption(dbOption())
    .addOption(new Option("--every <time>", "time between polls: 90s, 10m, 1h").default(10 * 60_000, "10m").argParser(parseInterval))
    .option("--webhook <url>", "also POST each alert as JSON to this URL (public addresses only; may be repeated)", webhookUrl, [])
    .option("--once", "poll once and exit (for cron)")
    .option("--no-follow", "use each feed entry's own text instead of fetching the page it links to")
    .addHelpText("after", "\nExamples:\n  corroborate watch https://example.org/feed.xml --db news.db --every 10m\n  corroborate watch feeds/*.rss --db news.db --webhook https://hooks.example.org/news --once")
    .action(async (inputs: string[], options: { db?: string; every: number; webhook: string[]; once?: boolean; follow: boolean }) => {
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once("SIGINT", onSignal);
      process.once("SIGTERM", onSignal);
      try {
        const watch = { everyMs: options.every, webhooks: options.webhook, polls: options.once ? 1 : undefined, input: { follow: options.follow }, webhook: {} };
        code = await (await import("./watch-command.js")).runWatch(inputs, await storeLocation(options.db, io), watch, io, stop.signal);
      } finally {
        process.off("SIGINT", onSignal);
        process.off("SIGTERM", onSignal);
      }
    });

  program
    .command("worker")
    .description("Take reports from the job queue and place them in stories; run as many as you like, anywhere (PostgreSQL only)")
    .addOption(dbOption())
    .option("--concurrency <n>", "jobs run at once in this process", wholeNumber, 2)
    .option("--drain", "stop once the queue is empty instead of waiting for more")
    .addHelpText("after", "\nExamples:\n  corroborate worker --db postgres://localhost/news --concurrency 4")
    .action(async (options: { db?: string; concurrency: number; drain?: boolean }) => {
      code = await (await queueCommands()).runWorkerCommand(await storeLocation(options.db, io), { concurrency: options.concurrency, drain: Boolean(options.drain) }, io);
    });

  program
    .command("status")
    .description("Count the job queue's reports: queued, running, done, failed (PostgreSQL only)")
    .addOption(dbOption())
    .addOption(formatOption(STORIES_FORMATS, "text"))
    .action(async (options: { db?: string; format: StoriesFormat }) => {
      code = await (await queueCommands()).runStatus(await storeLocation(options.db, io), options.format, io);
    });

  program
    .command("failures")
    .description("List the reports the workers gave up on, with their errors (PostgreSQL only)")
    .addOption(dbOption())
    .addOption(formatOption(STORIES_FORMATS, "text"))
    .action(async (options: { db?: string; format: StoriesFormat }) => {
      code = await (await queueCommands()).runFailures(await storeLocation(options.db, io), options.format, io);
    });

  program
    .command("stories")
    .description("List stored stories: dates, reports, independent outlets, disputed points")
    .addOption(dbOption())
    .addOption(formatOption(STORIES_FORMATS, "text"))
    .action(async (options: { db?: string; format: StoriesFormat }) => {
      code = await (await import("./stories-command.js")).runStories(await storeLocation(options.db, io), options.format, timeBudget(undefined, io.env), io);
    });

  program
    .command("show")
    .description("Print the brief of one stored story, as check prints it")
    .argument("<story>", "a story id, as corroborate stories lists them")
    .addOption(dbOption())
    .addOption(formatOption(CHECK_FORMATS, "text"))
    .action(async (story: string, options: { db?: string; format: CheckFormat }) => {
      code = await (await import("./show-command.js")).runShow(story, await storeLocation(options.db, io), options.format, timeBudget(undefined, io.env), io);
    });

  program
    .command("serve")
    .description("Serve the web UI and JSON API over a store: add reports in the browser, read each story's consensus and disputes")
    .addOption(dbOption())
    .option("--port <n>", "the port to listen on (0 picks a free one)", portNumber, DEFAULT_SERVE_OPTIONS.port)
    .option("--host <address>", "the address to listen on; keep the default unless others must reach it", DEFAULT_SERVE_OPTIONS.host)
    .addOption(
      new Option("--max-upload <MB>", "the largest request accepted, in megabytes")
        .argParser(megabytes)
        .default(DEFAULT_SERVE_OPTIONS.maxUploadBytes, String(DEFAULT_SERVE_OPTIONS.maxUploadBytes / (1024 * 1024))),
    )
    .addOption(timeBudgetOption())
    .addHelpText("after", "\nExamples:\n  corroborate serve\n  corroborate serve --db news.db --port 3000")
    .action(async (options: { db?: string; port: number; host: string; maxUpload: number; secondsPerMb?: number }) => {
      const budget = timeBudget(options.secondsPerMb, io.env);
      const serve = { host: options.host, port: options.port, maxUploadBytes: options.maxUpload, budget };
      code = await (await import("./serve-command.js")).runServe(await storeLocation(options.db, io), serve, io);
    });

  try {
    await program.parseAsync(argv, { from: "user" });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.OK : EXIT.FAILED;
    throw error;
  }
}

function formatOption(choices: readonly string[], fallback: string): Option {
  return new Option("-f, --format <format>", `output format: ${choices.join(", ")}`)
    .default(fallback)
    .argParser((value: string) => {
      if (!choices.includes(value)) throw new InvalidArgumentError(`choose one of ${choices.join(", ")}`);
      return value;
    });
}

/** The queue's commands, loaded when used: pg-boss is not worth loading for every command. */
/** The store a command uses; store-access.ts is loaded only by commands that open a store. */
async function storeLocation(given: string | undefined, io: CliIO): Promise<string> {
  return (await import("./store-access.js")).storeLocation(given, io);
}

async function queueCommands() {
  const [enqueue, worker, status, failures] = await Promise.all([import("./enqueue-command.js"), import("./worker-command.js"), import("./status-command.js"), import("./failures-command.js")]);
  return { ...enqueue, ...worker, ...status, ...failures };
}

/** Where a command keeps its store; without --db, CORROBORATE_DB, else ./corroborate.db (store-access.ts). */
function dbOption(): Option {
  return new Option("--db <store>", "the store: a SQLite file, or postgres://user@host:5432/name (default: $CORROBORATE_DB, else corroborate.db; created when missing by ingest, serve and worker)");
}

function wholeNumber(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError("give a whole number from 1 to 256");
  return n;
}

function seconds(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 86_399) throw new InvalidArgumentError("give a whole number of seconds, from 1 to 86399");
  return n;
}

function portNumber(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError("a port is a whole number from 0 to 65535");
  return port;
}

function megabytes(text: string): number {
  const mb = Number(text);
  if (!Number.isFinite(mb) || mb <= 0 || mb > 1024) throw new InvalidArgumentError("give a size in megabytes, above 0 and at most 1024");
  return Math.round(mb * 1024 * 1024);
}
