// In-process TypeScript for tests that type-check generated client packages (golden, fuzz, codegen regressions): one
// set of compiler options (tsc --strict plus the repository's noUncheckedIndexedAccess and verbatimModuleSyntax, the DOM
// libs the runtime's fetch/Blob types need), `@wikispec/runtime` resolved to the workspace source, and diagnostics
// printed with repository-relative paths.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** The repository root (absolute, with a trailing slash). */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Compiler options for a generated client: `paths` maps extra module names (e.g. the package's own name, for type
 * tests) onto files; `overrides` replaces any option (e.g. `skipLibCheck`).
 */
export function clientCompilerOptions(paths: Record<string, string[]> = {}, overrides: ts.CompilerOptions = {}): ts.CompilerOptions {
  return {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    noUncheckedIndexedAccess: true,
    verbatimModuleSyntax: true,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts', 'lib.es2018.asyncgenerator.d.ts'],
    types: [],
    baseUrl: repoRoot,
    paths: { '@wikispec/runtime': ['packages/runtime/src/index.ts'], ...paths },
    ...overrides,
  };
}

/** `path:line: message`, the path relative to the repository. */
export function formatDiagnostic(diagnostic: ts.Diagnostic): string {
  const where = diagnostic.file && diagnostic.start !== undefined
    ? `${diagnostic.file.fileName.replace(repoRoot, '')}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1}: `
    : '';
  return `${where}${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
}

/** Every pre-emit diagnostic of one program over `rootNames`, formatted (empty when it compiles). */
export function typecheckFiles(rootNames: readonly string[], options: ts.CompilerOptions = clientCompilerOptions()): string[] {
  return ts.getPreEmitDiagnostics(ts.createProgram(rootNames, options)).map(formatDiagnostic);
}

/** Writes generated files under `dir` (emptied first; inside the repository, so the runtime resolves). */
export function writeFiles(dir: string, files: ReadonlyArray<{ path: string; contents: string }>): void {
  rmSync(dir, { recursive: true, force: true });
  for (const file of files) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.contents);
  }
}
