/**
 * Every regular expression of src/, for the ReDoS check (test/regex-safety.test.ts), found two ways:
 *  - written ones: regex literals and `new RegExp(…)`/`RegExp(…)` whose source is a plain string,
 *    read from the TypeScript syntax tree of each source file;
 *  - built ones: patterns assembled from lexicons (`new RegExp(\`…${WORDS}…\`)`), recorded by
 *    wrapping the RegExp constructor while every source module is imported, so each is checked
 *    as it is really built. This covers every pattern built when a module loads; a pattern built
 *    inside a function is covered when the function runs during import, and otherwise only by
 *    its literal parts (the call site is listed in `unresolved`).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";

export interface FoundPattern {
  source: string;
  flags: string;
  /** "src/x/y.ts:12" */
  where: string;
}

const ROOT = join(import.meta.dirname, "..", "..");

export function sourceFiles(dir = join(ROOT, "src")): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...sourceFiles(path));
    else if (name.endsWith(".ts") && !name.endsWith(".test.ts") && !name.endsWith(".d.ts")) found.push(path);
  }
  return found.sort();
}

/** Written patterns, and the `new RegExp` calls whose source is not a plain string. */
export function writtenPatterns(files = sourceFiles()): { patterns: FoundPattern[]; unresolved: string[] } {
  const patterns: FoundPattern[] = [];
  const unresolved: string[] = [];
  for (const file of files) {
    const sourceFile = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node) => `${relative(ROOT, file)}:${sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const text = node.text;
        const close = text.lastIndexOf("/");
        patterns.push({ source: text.slice(1, close), flags: text.slice(close + 1), where: where(node) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === "RegExp") {
        const [sourceArg, flagsArg] = node.arguments ?? [];
        const source = sourceArg && plainString(sourceArg);
        const flags = flagsArg ? plainString(flagsArg) : "";
        if (source !== undefined && flags !== undefined) patterns.push({ source, flags, where: where(node) });
        else unresolved.push(where(node));
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return { patterns, unresolved };
}

/** The value of a string literal, a template without substitutions, or String.raw`…` without substitutions. */
function plainString(node: ts.Expression): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTaggedTemplateExpression(node) && node.tag.getText() === "String.raw" && ts.isNoSubstitutionTemplateLiteral(node.template)) {
    return node.template.rawText;
  }
  return undefined;
}

/** Modules that run a program when imported: their patterns are read from the syntax tree only. */
const ENTRY_POINTS = ["src/cli/main.ts"];

/** Patterns constructed while every source module is imported, with the line that built each. */
export async function builtPatterns(files = sourceFiles()): Promise<FoundPattern[]> {
  const built: FoundPattern[] = [];
  const original = globalThis.RegExp;
  const record = (args: unknown[]): void => {
    const [source, flags] = args;
    if (typeof source !== "string") return;
    built.push({ source, flags: typeof flags === "string" ? flags : "", where: callerInSrc(new Error().stack ?? "") });
  };
  globalThis.RegExp = new Proxy(original, {
    construct(target, args, newTarget) {
      record(args);
      return Reflect.construct(target, args, newTarget);
    },
    apply(target, thisArg, args) {
      record(args);
      return Reflect.apply(target, thisArg, args);
    },
  });
  try {
    for (const file of files.filter((path) => !ENTRY_POINTS.some((entry) => path.endsWith(entry)))) await import(pathToFileURL(file).href);
  } finally {
    globalThis.RegExp = original;
  }
  return built.filter((pattern) => pattern.where !== "");
}

/** "src/x/y.ts:12" for the first stack frame in src/ (tsx keeps source lines through source maps). */
function callerInSrc(stack: string): string {
  const src = join(ROOT, "src");
  for (const line of stack.split("\n").slice(2)) {
    const match = /\((?:file:\/\/)?([^()]+?):(\d+):\d+\)$|at (?:file:\/\/)?([^()\s]+?):(\d+):\d+$/.exec(line);
    const path = match?.[1] ?? match?.[3];
    if (path?.startsWith(src)) return `${relative(ROOT, path)}:${match?.[2] ?? match?.[4]}`;
  }
  return "";
}

/** Written and built patterns together, one entry per distinct source and flags; `unresolved`: calls never run at import. */
export async function allPatterns(): Promise<{ patterns: FoundPattern[]; unresolved: string[] }> {
  const written = writtenPatterns();
  const built = await builtPatterns();
  const seen = new Map<string, FoundPattern>();
  for (const pattern of [...written.patterns, ...built]) {
    const key = `${pattern.flags}/${pattern.source}`;
    if (!seen.has(key)) seen.set(key, pattern);
  }
  const builtWhere = new Set(built.map((pattern) => pattern.where));
  return { patterns: [...seen.values()], unresolved: written.unresolved.filter((where) => !builtWhere.has(where)) };
}
