// The bad-input table (docs/bad-input.md), one test per row and command: through `main([...], fakeIo())`, each checks
// the exit code, the exact one-line error, that nothing else went to stderr but an optional hint (and build's plain
// progress lines), and that nothing was written or changed (every file's hash in the scratch directory, before and
// after; an existing output file keeps its old bytes).
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, commandNames, scratch, startFakeWiki, treeState, unwritableDirectory, type FakeWiki } from './bad-input-support.ts';

const SNAPSHOT = readFileSync(new URL('../fixtures/small/snapshot.json', import.meta.url), 'utf8');
const available = commandNames();

// Started at collection time, so rows can name its URLs.
const wiki: FakeWiki = await startFakeWiki();
afterAll(async () => {
  await wiki.close();
});

/** The scratch directory every row starts from: inputs of each kind, an old output file and an old output directory. */
function setup(): string {
  const dir = scratch('bad-input');
  writeFileSync(join(dir, 'snapshot.json'), SNAPSHOT);
  writeFileSync(join(dir, 'empty.json'), '');
  writeFileSync(join(dir, 'syntax.json'), '{\n  "format": "wikispec-snapshot/1",\n  "wiki" {}\n}\n');
  writeFileSync(join(dir, 'api-error.json'), JSON.stringify({ error: { code: 'readapidenied', info: 'You need read permission to use this module.' }, servedby: 'mw1' }));
  writeFileSync(join(dir, 'future.json'), JSON.stringify({ format: 'wikispec-snapshot/2', wiki: {}, helpformat: 'none', modules: [] }));
  writeFileSync(join(dir, 'old.json'), 'old output\n');
  writeFileSync(join(dir, 'a-file'), 'not a directory\n');
  mkdirSync(join(dir, 'a-dir'));
  writeFileSync(join(dir, 'a-dir', 'kept.txt'), 'kept\n');
  // A directory with a document's name, so `generate openapi` can tell the format and then must refuse the path.
  mkdirSync(join(dir, 'dir.json'));
  return dir;
}

interface Row {
  /** Row id in docs/bad-input.md. */
  row: string;
  command: string;
  argv: (dir: string) => string[];
  code: number;
  /** The exact `error: …` line. */
  error: (dir: string) => string;
  hint?: string;
  /** Files the row adds to the scratch directory before running (e.g. a config). */
  prepare?: (dir: string) => void;
}

const input = (dir: string, name: string) => join(dir, name);
const cannotRead = (path: string) => `error: ${path}: cannot read: no such file or directory`;
const empty = (path: string) => `error: ${path}: the file is empty; expected a wikispec snapshot or a paraminfo response (JSON)`;
const syntax = (path: string) => `error: ${path}: JSON syntax error at line 3, column 10: unexpected "{", expected ':' after a property name`;
const apiError = (path: string) => `error: ${path}: /error: this is an API error response, not paraminfo: readapidenied: You need read permission to use this module.`;
const future = (path: string) => `error: ${path}: /format: unsupported snapshot format version "wikispec-snapshot/2"; this wikispec reads wikispec-snapshot/1`;
const FUTURE_HINT = 'upgrade wikispec, or re-fetch the snapshot with this version';
// Not `--no-…`: yargs reads `--no-x` as the negation of `x`.
const unknownFlag = 'error: Unknown argument: frobnicate';

/** A config with one wiki at `apiUrl`, written into the scratch directory as config.json. */
const config = (apiUrl: string) => (dir: string) =>
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ outDir: join(dir, 'generated'), userAgent: 'wikispec-tests (bad-input)', wikis: [{ name: 'w', apiUrl }] }));

/** Rows for a command that reads snapshot files (summary, generate, diff): `at` builds the argv around one input. */
function snapshotInputRows(command: string, at: (path: string, dir: string) => string[]): Row[] {
  return [
    { row: 'missing-file', command, argv: (dir) => at(input(dir, 'missing.json'), dir), code: 3, error: (dir) => cannotRead(input(dir, 'missing.json')) },
    { row: 'empty-file', command, argv: (dir) => at(input(dir, 'empty.json'), dir), code: 3, error: (dir) => empty(input(dir, 'empty.json')) },
    { row: 'json-syntax', command, argv: (dir) => at(input(dir, 'syntax.json'), dir), code: 3, error: (dir) => syntax(input(dir, 'syntax.json')) },
    { row: 'api-error-response', command, argv: (dir) => at(input(dir, 'api-error.json'), dir), code: 3, error: (dir) => apiError(input(dir, 'api-error.json')) },
    { row: 'unknown-format', command, argv: (dir) => at(input(dir, 'future.json'), dir), code: 3, error: (dir) => future(input(dir, 'future.json')), hint: FUTURE_HINT },
    { row: 'unknown-flag', command, argv: (dir) => [...at(input(dir, 'snapshot.json'), dir), '--frobnicate'], code: 2, error: () => unknownFlag, hint: 'Run wikispec --help for usage.' },
  ];
}

/** Rows of a command that fetches a wiki: `at` builds the argv around the URL. */
function wikiUrlRows(command: string, at: (url: string, dir: string) => string[], prefix = ''): Row[] {
  return [
    {
      row: 'wiki-redirects',
      command,
      argv: (dir) => at(wiki.redirect, dir),
      code: 4,
      error: () => `error: ${prefix}${wiki.redirect} is not a MediaWiki api.php: it redirects to ${wiki.ok} (HTTP 301); use the api.php URL itself`,
    },
    {
      row: 'not-mediawiki',
      command,
      argv: (dir) => at(wiki.html, dir),
      code: 4,
      error: () => `error: ${prefix}${wiki.html} is not a MediaWiki api.php: it answered with an HTML page (HTTP 200)`,
    },
    {
      row: 'needs-login',
      command,
      argv: (dir) => at(wiki.private, dir),
      code: 4,
      error: () => `error: ${prefix}${wiki.private}: API error readapidenied: You need read permission to use this module.`,
      hint: 'the wiki requires login to read its API; wikispec fetch reads public wikis only',
    },
  ];
}

const rows: Row[] = [
  ...snapshotInputRows('summary', (path) => ['summary', path]),

  ...wikiUrlRows('fetch', (url, dir) => ['fetch', url, '-o', join(dir, 'old.json'), '--retries', '0']),
  {
    row: 'output-is-directory',
    command: 'fetch',
    argv: (dir) => ['fetch', wiki.ok, '-o', join(dir, 'a-dir')],
    code: 3,
    error: (dir) => `error: ${join(dir, 'a-dir')}: cannot write output: is a directory`,
  },
  {
    row: 'output-under-file',
    command: 'fetch',
    argv: (dir) => ['fetch', wiki.ok, '-o', join(dir, 'a-file', 'out.json')],
    code: 3,
    error: (dir) => `error: ${join(dir, 'a-file', 'out.json')}: cannot write output: a parent path is a file, not a directory`,
  },
  { row: 'unknown-flag', command: 'fetch', argv: (dir) => ['fetch', wiki.ok, '-o', join(dir, 'old.json'), '--frobnicate'], code: 2, error: () => unknownFlag, hint: 'Run wikispec --help for usage.' },

  ...(['build', 'check'] as const).flatMap((command): Row[] => [
    { row: 'missing-file', command, argv: (dir) => [command, '--config', input(dir, 'missing.json')], code: 3, error: (dir) => cannotRead(input(dir, 'missing.json')) },
    { row: 'empty-file', command, argv: (dir) => [command, '--config', input(dir, 'empty.json')], code: 3, error: (dir) => `error: ${input(dir, 'empty.json')}: the file is empty; expected JSON` },
    { row: 'json-syntax', command, argv: (dir) => [command, '--config', input(dir, 'syntax.json')], code: 3, error: (dir) => syntax(input(dir, 'syntax.json')) },
    { row: 'unknown-flag', command, argv: (dir) => [command, '--config', input(dir, 'snapshot.json'), '--frobnicate'], code: 2, error: () => unknownFlag, hint: 'Run wikispec --help for usage.' },
  ]),
  ...wikiUrlRows('build', (url, dir) => ['build', '--config', join(dir, 'config.json')], 'w: fetch: ').map((row) => ({ ...row, prepare: config(row.row === 'wiki-redirects' ? wiki.redirect : row.row === 'not-mediawiki' ? wiki.html : wiki.private) })),

  { row: 'unknown-flag', command: 'init', argv: (dir) => ['init', wiki.ok, '-o', join(dir, 'old.json'), '--frobnicate'], code: 2, error: () => unknownFlag, hint: 'Run wikispec --help for usage.' },

  ...snapshotInputRows('generate', (path, dir) => ['generate', 'openapi', path, '-o', join(dir, 'old.json')]),
  ...snapshotInputRows('generate', (path, dir) => ['generate', 'client', path, '-o', join(dir, 'a-dir')]).filter((row) => row.row !== 'unknown-flag'),
  {
    row: 'output-is-directory',
    command: 'generate',
    argv: (dir) => ['generate', 'openapi', input(dir, 'snapshot.json'), '-o', join(dir, 'dir.json')],
    code: 3,
    error: (dir) => `error: ${join(dir, 'dir.json')}: cannot write output: is a directory`,
  },
  {
    row: 'output-is-file',
    command: 'generate',
    argv: (dir) => ['generate', 'client', input(dir, 'snapshot.json'), '-o', join(dir, 'a-file')],
    code: 3,
    error: (dir) => `error: ${join(dir, 'a-file')}: cannot write output directory: a file is in the way`,
  },

  ...snapshotInputRows('diff', (path, dir) => ['diff', path, input(dir, 'snapshot.json')]),
  ...snapshotInputRows('diff', (path, dir) => ['diff', input(dir, 'snapshot.json'), path]).filter((row) => row.row !== 'unknown-flag'),
];

/** stderr lines that are not the error or its hint: build prints plain progress lines ("wikispec: w: fetch", "wikispec: writing site/"). */
const progressLine = /^wikispec: /;

describe('bad input: exit code, one-line error, nothing written', () => {
  for (const row of rows) {
    const present = available.has(row.command);
    it.skipIf(!present)(`${row.command} / ${row.row}: ${row.argv('<dir>').join(' ').replaceAll('<dir>/', '').replaceAll(wiki.origin, '')}`, async () => {
      const dir = setup();
      row.prepare?.(dir);
      const before = treeState(dir);
      const result = await cli(row.argv(dir), dir);
      expect({ code: result.code, error: result.err.split('\n').find((line) => line.startsWith('error: ')) }).toEqual({ code: row.code, error: row.error(dir) });
      const other = result.err.split('\n').filter((line) => line !== '' && !line.startsWith('error: ') && !progressLine.test(line));
      expect(other).toEqual(row.hint === undefined ? [] : [row.hint.startsWith('Run ') ? row.hint : `hint: ${row.hint}`]);
      expect(result.err.split('\n').filter((line) => line.startsWith('error: '))).toHaveLength(1);
      if (row.command !== 'build' && row.command !== 'check') expect(result.out).toBe('');
      expect(treeState(dir)).toEqual(before);
      expect(readFileSync(join(dir, 'old.json'), 'utf8')).toBe('old output\n');
    });
  }

  it('build / every wiki failing: writes nothing at all, not even the docs site index', async () => {
    const dir = setup();
    config(wiki.private)(dir);
    const before = treeState(dir);
    const result = await cli(['build', '--config', join(dir, 'config.json')], dir);
    expect(result.code).toBe(4);
    expect(treeState(dir)).toEqual(before);
  });

  const unwritable = unwritableDirectory(scratch('bad-input-ro'));
  const writers: Array<[string, (dir: string, target: string) => string[]]> = [
    ['fetch', (_dir, target) => ['fetch', wiki.ok, '-o', join(target, 'out.json')]],
    ['generate', (dir, target) => ['generate', 'openapi', input(dir, 'snapshot.json'), '-o', join(target, 'out.json')]],
    ['generate', (dir, target) => ['generate', 'client', input(dir, 'snapshot.json'), '-o', join(target, 'client')]],
  ];
  for (const [command, argv] of writers) {
    // Root ignores permission bits; then /sys/kernel stands in (see docs/bad-input.md). Skipped, loudly, only when
    // neither is possible.
    it.skipIf(!available.has(command) || unwritable === undefined)(`${command} / unwritable-directory (${unwritable?.why ?? 'unavailable here'}): ${argv('', '<ro>').slice(0, 2).join(' ')}`, async () => {
      const dir = setup();
      const target = unwritable!.path;
      if (target !== '/sys/kernel') chmodSync(target, 0o500);
      const before = treeState(dir);
      const args = argv(dir, target);
      const output = args[args.indexOf('-o') + 1] as string;
      const result = await cli(args, dir);
      expect(result.code).toBe(3);
      expect(result.err).toBe(`error: ${output}: cannot write output: permission denied\n`);
      expect(result.out).toBe('');
      expect(existsSync(output)).toBe(false);
      expect(treeState(dir)).toEqual(before);
    });
  }
  if (unwritable === undefined) {
    it('unwritable-directory rows are skipped on this machine', () => {
      console.warn('!! bad-input: no unwritable directory available (root without /sys/kernel); unwritable-directory rows skipped');
    });
  }

  it('covers every command the CLI registers', () => {
    const covered = new Set(rows.map((row) => row.command));
    expect([...available].filter((name) => !covered.has(name))).toEqual([]);
  });
});
