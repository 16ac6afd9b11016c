// Part of `npm run build`, after tsc: dist/cli/main.js becomes one file holding what every start of
// the CLI loads (argument parsing, commander, help text), so `corroborate --help` reads one module
// instead of twenty (node 20 has no compile cache; each ES module costs its own resolve, read and
// compile). The commands stay separate files, imported when one runs (program.ts), from tsc's
// output beside this bundle. Modules whose identity or location matters stay imports of that
// output too: errors.js (instanceof CorroborateError must see one class) and version.js (it reads
// ../package.json from where it lies).
import { build } from "esbuild";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outfile = resolve(root, "dist/cli/main.js");
const SHARED = /[\\/]src[\\/](?:errors|version)\.ts$/;

/** Commands are imported when they run; shared modules are imported from tsc's output. */
const keepApart = {
  name: "keep-apart",
  setup(bundle) {
    bundle.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind === "dynamic-import") return { path: args.path, external: true };
      if (!args.path.startsWith(".")) return undefined;
      const source = resolve(args.resolveDir, args.path.replace(/\.js$/, ".ts"));
      if (!SHARED.test(source)) return undefined;
      const built = resolve(root, "dist", relative(resolve(root, "src"), source)).replace(/\.ts$/, ".js");
      return { path: `./${relative(dirname(outfile), built)}`.replace("./../", "../"), external: true };
    });
  },
};

await build({
  entryPoints: [resolve(root, "src/cli/main.ts")],
  outfile,
  allowOverwrite: true,
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: true,
  plugins: [keepApart],
  // commander is CommonJS and requires node's own modules; an ES module has no require of its own.
  banner: { js: 'import { createRequire as createRequireForBundle } from "node:module";\nconst require = createRequireForBundle(import.meta.url);' },
  logLevel: "warning",
});
