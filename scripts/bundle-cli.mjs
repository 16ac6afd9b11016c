// Part of `npm run build`, after tsc: the files the CLI loads most often become one file each, over
// tsc's output of the same name. Node 20 has no compile cache, and each ES module costs its own
// resolve, read and compile: `corroborate --help` read twenty modules, and each thread of
// `extract` sixty to a hundred.
//   - cli/main.js: argument parsing, commander and the help, what every start loads;
//   - cli/extract-command.js: reading inputs, what the main thread of `extract` loads;
//   - workers/analysis-worker.js: a worker thread's entry, what every thread loads before its task;
//   - workers/extract-task.js: the extractor, what each worker thread of `extract` loads.
// Bundles drop comments and white space (minifyWhitespace; names are kept, and the source maps lead
// back to the sources): each start compiles what it reads, and commander is half comments.
// What a bundle imports when it runs (a command, a task) stays a separate file. Modules whose
// identity or location matters stay imports of tsc's output too: errors.js (instanceof
// CorroborateError must see one class), version.js (it reads ../package.json from where it lies)
// and workers/analysis-pool.js (it finds its worker file beside itself).
import { build } from "esbuild";
import { readFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const ENTRIES = ["cli/main", "cli/extract-command", "workers/analysis-worker", "workers/extract-task"];
const SHARED = new Set(["errors", "version", "workers/analysis-pool"]);

/**
 * commander requires node:child_process at its start for one thing the CLI never does (running a
 * subcommand as a separate executable); loading it, with the net and stream modules it pulls in,
 * was a fifth of what --help cost above bare node. Here it is required when first used.
 */
const lazyChildProcess = {
  name: "lazy-child-process",
  setup(bundle) {
    bundle.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      const eager = "const childProcess = require('node:child_process');";
      if (!source.includes(eager)) throw new Error(`${args.path}: commander no longer requires child_process as expected; update lazyChildProcess`);
      const lazy = 'const childProcess = { get spawn() { return require("node:child_process").spawn; } };';
      return { contents: source.replace(eager, lazy), loader: "js" };
    });
  },
};

/** Imports made at run time, and shared modules, left as imports of tsc's output beside the bundle. */
function keepApart(outfile) {
  return {
    name: "keep-apart",
    setup(bundle) {
      bundle.onResolve({ filter: /.*/ }, (args) => {
        const local = args.path.startsWith(".");
        if (args.kind === "dynamic-import" && !local) return { path: args.path, external: true };
        if (!local) return undefined;
        const module = relative(resolve(root, "src"), resolve(args.resolveDir, args.path)).replace(/\.js$/, "");
        if (args.kind !== "dynamic-import" && !SHARED.has(module)) return undefined;
        // The path from the bundle's place, which differs from the importing module's.
        const path = relative(dirname(outfile), resolve(root, "dist", `${module}.js`));
        return { path: path.startsWith(".") ? path : `./${path}`, external: true };
      });
    },
  };
}

for (const entry of ENTRIES) {
  const outfile = resolve(root, "dist", `${entry}.js`);
  await build({
    entryPoints: [resolve(root, "src", `${entry}.ts`)],
    outfile,
    allowOverwrite: true,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    sourcemap: true,
    minifyWhitespace: true,
    plugins: [keepApart(outfile), lazyChildProcess],
    // CommonJS packages (commander) require node's own modules; an ES module has no require of its own.
    banner: { js: 'import { createRequire as createRequireForBundle } from "node:module";\nconst require = createRequireForBundle(import.meta.url);' },
    logLevel: "warning",
  });
}
