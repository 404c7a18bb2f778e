// Both validators the issue names, on every snapshot we have: @redocly/cli `lint --extends recommended-strict` (the
// installed binary, all documents in one run) and @seriousme/openapi-schema-validator. Documents are written to
// test-artifacts/ (git-ignored) so a failure can be inspected.
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { parseSnapshot } from '@wikispec/snapshot';
import { serializeOpenApi } from './serialize.js';
import { toOpenApi } from './to-openapi.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const outDir = join(root, 'test-artifacts', 'openapi-validate');
const publicDir = join(root, 'test/fixtures/public-snapshots/bearbin-mw-core-versions');

const inputs: Array<[string, string]> = [
  ['mw-1.39-core', 'test/fixtures/wikis/mw-1.39-core/paraminfo-capture.json'],
  ['mw-1.39-full', 'test/fixtures/wikis/mw-1.39-full/paraminfo-capture.json'],
  ['small', 'test/fixtures/small/snapshot.json'],
  ['hostile', 'test/fixtures/hostile/snapshot.json'],
  ...readdirSync(publicDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry): [string, string] => [`public-${entry.name}`, `test/fixtures/public-snapshots/bearbin-mw-core-versions/${entry.name}/paraminfo-response.json`]),
];

const documents: Array<{ name: string; file: string; text: string }> = [];
mkdirSync(outDir, { recursive: true });
for (const [name, path] of inputs) {
  const snapshot = parseSnapshot(readFileSync(join(root, path), 'utf8'), { source: path });
  for (const version of ['3.1', '3.0'] as const) {
    for (const format of ['json', 'yaml'] as const) {
      // YAML only for the small inputs: the syntax is the same document, the big ones are checked as JSON.
      if (format === 'yaml' && (name === 'mw-1.39-core' || name === 'mw-1.39-full')) continue;
      const text = serializeOpenApi(toOpenApi(snapshot, { version }), format);
      const file = join(outDir, `${name}-${version}.${format}`);
      writeFileSync(file, text);
      documents.push({ name: `${name} ${version} ${format}`, file, text });
    }
  }
}

describe('OpenAPI validators', () => {
  it('covers both captures, the public excerpts, the small and the hostile fixture', () => {
    expect(documents.length).toBeGreaterThanOrEqual(4 * 2 + 3 * 4 + 2);
    expect(documents.filter((document) => document.name.startsWith('public-')).length).toBeGreaterThanOrEqual(6);
  });

  it('redocly lint --extends recommended-strict reports 0 problems', async () => {
    const binary = join(root, 'node_modules/.bin/redocly');
    const { stdout } = await promisify(execFile)(binary, ['lint', '--extends', 'recommended-strict', '--format', 'json', '--max-problems', '50', ...documents.map((document) => document.file)], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
    }).catch((error: { stdout?: string; stderr?: string }) => ({ stdout: error.stdout ?? '', stderr: error.stderr ?? '' }));
    // One JSON report per document, concatenated in argument order.
    const reports = stdout
      .slice(stdout.indexOf('{'))
      .split(/(?<=\})\s*(?=\{\s*"totals")/)
      .map((chunk) => JSON.parse(chunk) as { totals: { errors: number; warnings: number }; problems: Array<{ ruleId: string; message: string; location?: Array<{ pointer?: string }> }> });
    expect(reports).toHaveLength(documents.length);
    const problems = reports.flatMap((report, index) => report.problems.map((problem) => `${documents[index]?.name}: ${problem.ruleId}: ${problem.message} at ${problem.location?.[0]?.pointer ?? ''}`));
    expect(problems).toEqual([]);
    for (const report of reports) expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  }, 300_000);

  it('@seriousme/openapi-schema-validator accepts every document', async () => {
    for (const document of documents) {
      const validator = new Validator();
      const result = await validator.validate(document.file.endsWith('.json') ? (JSON.parse(document.text) as object) : document.text);
      expect({ name: document.name, valid: result.valid, errors: result.errors }).toEqual({ name: document.name, valid: true, errors: undefined });
    }
  }, 300_000);

  it('keeps the all-extensions document well under 2.5 MB', () => {
    const full = documents.find((document) => document.name === 'mw-1.39-full 3.1 json');
    expect(Buffer.byteLength(full?.text ?? '')).toBeLessThan(2_000_000);
  });
});
