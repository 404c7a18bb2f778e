/**
 * Printing: each file is built from one structure in one `createSourceFile` call on an in-memory ts-morph project
 * (adding declarations one by one is quadratic), formatted with prettier in-process with pinned options, and parsed
 * back by TypeScript as a backstop: any syntax diagnostic is a generator bug and fails generation.
 */
import { format } from 'prettier';
import { IndentationText, NewLineKind, Project, QuoteKind, ts, type OptionalKind, type SourceFileStructure } from 'ts-morph';
import { WikispecError } from '@wikispec/snapshot';
import { textKey, type Mask } from './memo.js';

/** Prettier options pinned here: never read from a config file in the user's directory. */
export const PRETTIER_OPTIONS = {
  // babel-ts formats TypeScript identically for this output and is about twice as fast as the typescript parser on
  // the 0.5 MB params.ts of a large wiki; the TypeScript backstop still parses every file afterwards.
  parser: 'babel-ts',
  printWidth: 120,
  tabWidth: 2,
  useTabs: false,
  semi: true,
  singleQuote: true,
  quoteProps: 'preserve',
  trailingComma: 'all',
  bracketSpacing: true,
  arrowParens: 'always',
  endOfLine: 'lf',
  proseWrap: 'preserve',
} as const;

/** Raised when generated code does not parse: a bug in the generator, never the user's fault. */
export class GeneratedCodeError extends WikispecError {
  override name = 'GeneratedCodeError';
  constructor(message: string) {
    super('codegen-backstop', message);
  }
}

/** A fresh in-memory project (no file system, no tsconfig lookup). */
export function createProject(): Project {
  return new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: { indentationText: IndentationText.TwoSpaces, newLineKind: NewLineKind.LineFeed, quoteKind: QuoteKind.Single },
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, strict: true },
  });
}

/** Throws if `text` has any syntax diagnostic. */
export function assertParses(path: string, text: string): void {
  const output = ts.transpileModule(text, { fileName: path, reportDiagnostics: true, compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
  const diagnostics = output.diagnostics ?? [];
  if (diagnostics.length > 0) {
    const first = diagnostics[0] as ts.Diagnostic;
    const where = first.file && first.start !== undefined ? first.file.getLineAndCharacterOfPosition(first.start) : undefined;
    const message = ts.flattenDiagnosticMessageText(first.messageText, '\n');
    throw new GeneratedCodeError(`${path}${where ? `:${where.line + 1}:${where.character + 1}` : ''}: generated code does not parse: ${message}`);
  }
}

/** Prints one structure as a formatted, checked TypeScript file (formatting shared through `memo` when given). */
export async function printFile(
  project: Project,
  path: string,
  structure: OptionalKind<SourceFileStructure>,
  memo?: { formatted: Map<string, string>; mask: Mask },
): Promise<string> {
  const file = project.createSourceFile(path, structure, { overwrite: true });
  const raw = file.getFullText();
  const hidden = memo?.mask.hide(raw);
  if (memo === undefined || hidden === undefined) return formatChecked(path, raw);
  const key = textKey(path, hidden);
  let formatted = memo.formatted.get(key);
  if (formatted === undefined) {
    formatted = await formatChecked(path, hidden);
    memo.formatted.set(key, formatted);
  }
  return memo.mask.show(formatted);
}

async function formatChecked(path: string, raw: string): Promise<string> {
  assertParses(path, raw);
  const formatted = await format(raw, { ...PRETTIER_OPTIONS, filepath: path });
  assertParses(path, formatted);
  return formatted;
}
