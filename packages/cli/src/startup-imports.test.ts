// Start-up cost guard: `wikispec --version`, `--help` and the light commands must not load the heavy packages
// (@wikispec/build and @wikispec/codegen bring ts-morph, prettier and TypeScript: about a second of start-up). Every
// command file is imported at start-up, so a heavy package may only be loaded with `await import(...)` inside the
// handler (or an async builder) of the command that needs it; types come from `import type`.
//
// The check is static: it parses the import declarations of the CLI sources and follows them into the workspace
// packages' sources (`@wikispec/<name>` -> packages/<name>/src/index.ts), the way the built CLI would load them.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SOURCE_DIR = fileURLToPath(new URL('.', import.meta.url));
const PACKAGES_DIR = resolve(SOURCE_DIR, '../..');

/** Packages no light command may load: each costs from 0.1 s (openapi) to a second (build, codegen). */
const HEAVY = ['@wikispec/build', '@wikispec/codegen', 'ts-morph', 'prettier', 'typescript'];

interface ImportEdge {
  specifier: string;
  dynamic: boolean;
}

const edgeCache = new Map<string, ImportEdge[]>();

/** The module specifiers a source file imports: static ones (type-only imports excluded) and `import(...)` calls. */
function importsOf(file: string): ImportEdge[] {
  const cached = edgeCache.get(file);
  if (cached !== undefined) return cached;
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const edges: ImportEdge[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      // `import type` is erased; `import { type X }` is not (verbatimModuleSyntax keeps the declaration).
      if (!node.importClause?.isTypeOnly) edges.push({ specifier: node.moduleSpecifier.text, dynamic: false });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier !== undefined && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.isTypeOnly) edges.push({ specifier: node.moduleSpecifier.text, dynamic: false });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument === undefined || !ts.isStringLiteralLike(argument)) throw new Error(`${file}: import() of a computed specifier; this check cannot follow it`);
      edges.push({ specifier: argument.text, dynamic: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  edgeCache.set(file, edges);
  return edges;
}

/** The source file a specifier loads, or undefined for a package outside the workspace (or a node: builtin). */
function sourceFileFor(from: string, specifier: string): string | undefined {
  if (specifier.startsWith('.')) {
    const target = resolve(dirname(from), specifier);
    const typescriptSource = target.replace(/\.js$/, '.ts');
    if (existsSync(typescriptSource)) return typescriptSource;
    if (existsSync(target) && !target.endsWith('.js')) return undefined; // JSON and other data files import nothing
    throw new Error(`${relative(PACKAGES_DIR, from)}: cannot find ${specifier}`);
  }
  const workspace = /^@wikispec\/([a-z-]+)$/.exec(specifier);
  if (workspace !== null) {
    const entry = join(PACKAGES_DIR, workspace[1] ?? '', 'src', 'index.ts');
    if (!existsSync(entry)) throw new Error(`no workspace package for ${specifier}`);
    return entry;
  }
  return undefined;
}

interface Reach {
  /** Source files loaded, relative to packages/. */
  files: Set<string>;
  /** Bare specifiers loaded (workspace and npm packages), without node: builtins. */
  packages: Set<string>;
}

/** Everything loading `entries` loads: static imports only, or (`followDynamic`) also every `import(...)` on the way. */
function reach(entries: readonly string[], followDynamic: boolean): Reach {
  const files = new Set<string>();
  const packages = new Set<string>();
  const pending = [...entries];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (files.has(file)) continue;
    files.add(file);
    for (const edge of importsOf(file)) {
      if (edge.dynamic && !followDynamic) continue;
      if (!edge.specifier.startsWith('.') && !edge.specifier.startsWith('node:')) packages.add(edge.specifier);
      const target = sourceFileFor(file, edge.specifier);
      if (target !== undefined) pending.push(target);
    }
  }
  return { files: new Set([...files].map((file) => relative(PACKAGES_DIR, file))), packages };
}

const BIN = join(SOURCE_DIR, 'bin.ts');
const command = (name: string) => join(SOURCE_DIR, 'commands', `${name}.ts`);

/** What the process may load when `wikispec <command>` runs: the start-up graph plus that command's lazy imports. */
function loadedByCommand(name: string): Set<string> {
  return new Set([...reach([BIN], false).packages, ...reach([command(name)], true).packages]);
}

const sorted = (values: Iterable<string>) => [...values].sort();
const heavyIn = (packages: Set<string>) => HEAVY.filter((name) => [...packages].some((loaded) => loaded === name || loaded.startsWith(`${name}/`)));

describe('CLI start-up imports (static import graph)', () => {
  it('start-up (bin.ts and everything it imports statically, every command file included) loads only snapshot and yargs', () => {
    const startup = reach([BIN], false);
    // Sanity: the walk sees every command file, so a heavy static import in any of them would show below.
    for (const name of ['build', 'check', 'diff', 'fetch', 'generate', 'generate-client', 'generate-openapi', 'init', 'summary']) {
      expect(startup.files).toContain(`cli/src/commands/${name}.ts`);
    }
    expect(heavyIn(startup.packages)).toEqual([]);
    expect(sorted(startup.packages)).toEqual(['@wikispec/snapshot', 'yargs', 'yargs/helpers']);
  });

  it('diff loads only @wikispec/diff on top of the start-up set', () => {
    expect(sorted(loadedByCommand('diff'))).toEqual(['@wikispec/diff', '@wikispec/snapshot', 'yargs', 'yargs/helpers']);
  });

  it.each(['diff', 'fetch', 'summary', 'generate-openapi'])('%s loads no heavy package (build, codegen, ts-morph, prettier, typescript)', (name) => {
    expect(heavyIn(loadedByCommand(name))).toEqual([]);
  });

  it.each(['diff', 'fetch', 'summary'])('%s does not load @wikispec/openapi', (name) => {
    expect(loadedByCommand(name)).not.toContain('@wikispec/openapi');
  });

  it('sees the heavy packages where they are loaded lazily (so the checks above can fail)', () => {
    for (const name of ['build', 'check', 'init']) {
      const loaded = loadedByCommand(name);
      expect(loaded).toContain('@wikispec/build');
      expect(heavyIn(loaded)).toEqual(expect.arrayContaining(['@wikispec/build', '@wikispec/codegen', 'ts-morph', 'prettier']));
    }
    expect(heavyIn(loadedByCommand('generate-client'))).toEqual(expect.arrayContaining(['@wikispec/codegen', 'ts-morph', 'prettier']));
    expect(loadedByCommand('generate-openapi')).toContain('@wikispec/openapi');
    expect(loadedByCommand('fetch')).toContain('@wikispec/fetch');
  });
});
