/**
 * Compiles generated sources to `dist/*.js` and `dist/*.d.ts` in memory, file by file (`transpileModule` and
 * `transpileDeclaration`): no file system, no module resolution, so the output cannot pick up absolute paths and is
 * byte-identical on every run. The sources annotate every export, which is what isolated declaration emit needs.
 */
import { ts } from 'ts-morph';
import { GeneratedCodeError } from './print.js';

const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  verbatimModuleSyntax: true,
  strict: true,
  newLine: ts.NewLineKind.LineFeed,
  removeComments: false,
};

/** Emits `{ js, dts }` for one source file. */
export function compileFile(path: string, text: string): { js: string; dts: string } {
  const js = ts.transpileModule(text, { fileName: path, compilerOptions: COMPILER_OPTIONS, reportDiagnostics: true });
  // A file of type declarations only (params.ts) is its own declaration file; skip the slow declaration transform.
  if (js.outputText.trim() === 'export {};' && (js.diagnostics ?? []).length === 0) return { js: js.outputText, dts: text };
  const dts = ts.transpileDeclaration(text, { fileName: path, compilerOptions: { ...COMPILER_OPTIONS, declaration: true, isolatedDeclarations: true }, reportDiagnostics: true });
  const diagnostics = [...(js.diagnostics ?? []), ...(dts.diagnostics ?? [])];
  if (diagnostics.length > 0) {
    const message = ts.flattenDiagnosticMessageText((diagnostics[0] as ts.Diagnostic).messageText, '\n');
    throw new GeneratedCodeError(`${path}: cannot compile generated code: ${message}`);
  }
  return { js: js.outputText, dts: dts.outputText };
}
