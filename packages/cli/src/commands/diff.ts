import { resolve } from 'node:path';
import type { IgnoreEntry, ReportFormat, Rule } from '@wikispec/diff';
import { SnapshotError, UsageError, parseJsonText, parseSnapshot, type Snapshot } from '@wikispec/snapshot';
import type { CommandModule } from 'yargs';
import { runWithContext } from '../command-context.js';
import { ExitCode } from '../exit-codes.js';
import { readTextFile, writeFileAtomic } from '../files.js';
import type { CliIo } from '../io.js';

const FAIL_ON = ['breaking', 'warning', 'never'] as const;

interface DiffArgs {
  base?: string;
  head?: string;
  format: ReportFormat;
  'fail-on': (typeof FAIL_ON)[number];
  ignore?: string;
  'include-docs': boolean;
  'list-rules': boolean;
  output?: string;
}

interface LoadedSnapshot {
  snapshot: Snapshot;
  /** The `format` tag the file declares (`raw paraminfo` when it is an API response). */
  declaredFormat: string;
}

async function loadSnapshot(io: CliIo, path: string): Promise<LoadedSnapshot> {
  const text = await readTextFile(resolve(io.cwd, path));
  const value = parseJsonText(text, path, 'a wikispec snapshot or a paraminfo response (JSON)');
  const format = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as { format?: unknown }).format : undefined;
  const snapshot = parseSnapshot(value, { source: path });
  return { snapshot, declaredFormat: typeof format === 'string' ? format : 'raw paraminfo' };
}

function listRules(io: CliIo, format: ReportFormat, rules: readonly Rule[]): void {
  if (format === 'json') {
    const list = rules.map(({ id, severity, area, kind, description, why }) => ({ id, severity, area, kind, description, why }));
    io.stdout(`${JSON.stringify(list, null, 2)}\n`);
    return;
  }
  const width = Math.max(...rules.map((rule) => rule.id.length));
  for (const rule of rules) io.stdout(`${rule.id.padEnd(width)}  ${rule.severity.padEnd(8)}  ${rule.description}\n`);
}

/** The clock: the real time, unless WIKISPEC_NOW pins it (reproducible CI runs and tests). */
function clock(io: CliIo): Date {
  const pinned = io.env.WIKISPEC_NOW;
  if (pinned === undefined || pinned === '') return new Date();
  const date = new Date(pinned);
  if (Number.isNaN(date.getTime())) throw new UsageError(`WIKISPEC_NOW=${JSON.stringify(pinned)} is not a date`);
  return date;
}

/** `wikispec diff <base> <head>`: breaking-change report between two snapshots, with a CI exit code. */
export const diffCommand: CommandModule<object, DiffArgs> = {
  command: 'diff [base] [head]',
  describe: 'Compare two snapshots and report breaking changes (exit 1 when findings reach --fail-on)',
  // Async builder and handler: @wikispec/diff loads only when this command runs or shows its help, not for `--version`
  // or the other commands (see startup-imports.test.ts). yargs awaits a builder's promise.
  builder: async (yargs) => {
    const { REPORT_FORMATS } = await import('@wikispec/diff');
    return yargs
      .positional('base', { type: 'string', describe: 'Older snapshot (wikispec snapshot or raw paraminfo response)' })
      .positional('head', { type: 'string', describe: 'Newer snapshot' })
      .option('format', { type: 'string', choices: REPORT_FORMATS, default: 'text' as ReportFormat, describe: 'Report format' })
      .option('fail-on', { type: 'string', choices: FAIL_ON, default: 'breaking' as const, describe: 'Lowest severity that makes the exit code 1' })
      .option('ignore', { type: 'string', describe: 'Ignore file of accepted changes (see docs/diff.md)' })
      .option('include-docs', { type: 'boolean', default: false, describe: 'Also report help text changes (info)' })
      .option('list-rules', { type: 'boolean', default: false, describe: 'Print every rule and exit' })
      .option('output', { alias: 'o', type: 'string', describe: 'Write the report to this file instead of stdout' }) as never;
  },
  handler: (args) =>
    runWithContext(args as unknown as Record<string, unknown>, async ({ io }) => {
      const { checkSnapshots, failsAt, formatReport, parseIgnoreFile, rules } = await import('@wikispec/diff');
      if (args['list-rules']) {
        listRules(io, args.format, rules);
        return ExitCode.Ok;
      }
      if (args.base === undefined || args.head === undefined) throw new UsageError('diff needs two snapshots: wikispec diff <base> <head>');
      const now = clock(io);
      const [base, head] = [await loadSnapshot(io, args.base), await loadSnapshot(io, args.head)];
      if (base.declaredFormat !== head.declaredFormat && base.declaredFormat !== 'raw paraminfo' && head.declaredFormat !== 'raw paraminfo') {
        throw new SnapshotError(`different snapshot formats: ${args.base} is ${base.declaredFormat}, ${args.head} is ${head.declaredFormat}`, { code: 'format-mismatch' });
      }
      if (args['include-docs'] && base.snapshot.helpformat !== head.snapshot.helpformat) {
        throw new SnapshotError(`different help formats: ${args.base} has ${base.snapshot.helpformat} help text, ${args.head} has ${head.snapshot.helpformat}`, {
          code: 'format-mismatch',
          hint: 'fetch both with the same helpformat, or drop --include-docs',
        });
      }
      let ignore: IgnoreEntry[] = [];
      if (args.ignore !== undefined) ignore = parseIgnoreFile(await readTextFile(resolve(io.cwd, args.ignore)), args.ignore);
      const report = checkSnapshots(base.snapshot, head.snapshot, { now, includeDocs: args['include-docs'], ignore, labels: { base: args.base, head: args.head } });
      const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
      const failOn = args['fail-on'];
      const text = formatReport(report, args.format, {
        color: args.format === 'text' && args.output === undefined && io.stdoutIsTTY && !noColor,
        failOn,
        artifacts: { base: args.base, head: args.head },
      });
      if (args.output === undefined) io.stdout(text);
      else await writeFileAtomic(resolve(io.cwd, args.output), text);
      return failsAt(report, failOn) ? ExitCode.Findings : ExitCode.Ok;
    }),
};
