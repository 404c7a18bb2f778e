// Properties of the OpenAPI generator on generated (hostile) snapshots: the document validates with
// @seriousme/openapi-schema-validator (3.1 and 3.0), generation is deterministic and pure, every module and parameter
// is in it, and Redocly's recommended-strict ruleset reports nothing on a batch of generated documents.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Validator } from '@seriousme/openapi-schema-validator';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeOpenApi, toOpenApi } from '@wikispec/openapi';
import { parseSnapshot, serializeSnapshot, wireName } from '@wikispec/snapshot';
import { FUZZ_SEED, fuzzParameters, fuzzRuns, snapshotArbitrary } from '../support/arbitraries.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

async function validate(document: unknown): Promise<void> {
  const result = await new Validator().validate(document as never);
  expect(result.errors ?? [], 'openapi-schema-validator errors').toEqual([]);
  expect(result.valid).toBe(true);
}

/** Runs `redocly lint --extends=recommended-strict` once on several files; returns totals and problem summaries. */
function redoclyTotals(cwd: string, files: string[]): { errors: number; warnings: number; problems: string[] } {
  const result = spawnSync(join(root, 'node_modules/.bin/redocly'), ['lint', '--extends=recommended-strict', '--format=json', ...files], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
  });
  // One JSON report per file, one after another.
  const chunks = result.stdout.replace(/^\}\{$/gm, '}\n\u0000{').split('\u0000').filter((chunk) => chunk.trimStart().startsWith('{'));
  if (chunks.length !== files.length) throw new Error(`redocly printed ${chunks.length} reports for ${files.length} files (exit ${result.status}): ${result.stderr.slice(0, 2000)}`);
  type LintReport = {
    totals: { errors: number; warnings: number };
    problems: Array<{ ruleId: string; message: string; location: Array<{ source: { ref: string }; pointer: string }> }>;
  };
  const reports = chunks.map((chunk) => JSON.parse(chunk) as LintReport);
  const report = {
    totals: { errors: reports.reduce((sum, one) => sum + one.totals.errors, 0), warnings: reports.reduce((sum, one) => sum + one.totals.warnings, 0) },
    problems: reports.flatMap((one) => one.problems),
  };
  const problems = report.problems.map((problem) => `${problem.ruleId}: ${problem.message} (${problem.location[0]?.source.ref}${problem.location[0]?.pointer})`);
  return { errors: report.totals.errors, warnings: report.totals.warnings, problems };
}

describe('openapi (fuzz)', () => {
  it('validates (3.1 and 3.0), is deterministic, leaves the snapshot untouched, and carries every wire name', async () => {
    await fc.assert(
      fc.asyncProperty(snapshotArbitrary(), async (snapshot) => {
        const started = performance.now();
        const before = serializeSnapshot(snapshot);
        const document = toOpenApi(snapshot);
        const text = serializeOpenApi(document, 'json');
        expect(serializeOpenApi(toOpenApi(snapshot), 'json')).toBe(text);
        expect(serializeSnapshot(snapshot)).toBe(before);
        await validate(JSON.parse(text));
        const generated = performance.now();
        await validate(JSON.parse(serializeOpenApi(toOpenApi(snapshot, { version: "3.0" }), "json")));
        if (process.env.FUZZ_TIMING) console.log(`generate ${Math.round(generated - started)} ms, validate ${Math.round(performance.now() - generated)} ms, ${text.length} bytes`);
        // Every parameter appears under its wire name somewhere in the document (templated ones by their template).
        for (const module of snapshot.modules) {
          for (const parameter of module.parameters) expect(text, `${module.path} ${wireName(module, parameter)}`).toContain(JSON.stringify(wireName(module, parameter)));
        }
      }),
      fuzzParameters(10, 0.1),
    );
  });

  it('Redocly recommended-strict reports no problem on a batch of generated documents', () => {
    const dir = join(root, 'test-artifacts', 'fuzz-openapi');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const samples = fc.sample(snapshotArbitrary(), { seed: FUZZ_SEED, numRuns: fuzzRuns(4, 0.005) });
    const files = samples.map((snapshot, index) => {
      const file = join(dir, `case-${index}.json`);
      writeFileSync(file, serializeOpenApi(toOpenApi(snapshot), 'json'));
      writeFileSync(join(dir, `case-${index}.snapshot.json`), serializeSnapshot(snapshot));
      return file;
    });
    const totals = redoclyTotals(dir, files);
    expect(totals.problems).toEqual([]);
    expect(totals.errors + totals.warnings).toBe(0);
  });
});

describe('openapi regressions found by fuzzing', () => {
  // Found by fuzzing: help text with a javascript: link was escaped as text, but the text still held "javascript:",
  // which Redocly's no-unsafe-markdown rule (recommended-strict) reports as an error.
  it('openapi-javascript-url-in-help: plain-text help (helpformat none) with <a href="javascript:…"> passes Redocly recommended-strict', () => {
    const dir = join(root, 'test-artifacts', 'fuzz-openapi-regression');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const small = parseSnapshot(readFileSync(join(root, 'test/fixtures/small/snapshot.json'), 'utf8'));
    // helpformat none/raw: the help text is escaped as plain text, "javascript:" and all (wikitext/html drop the link).
    const raw = { ...structuredClone(small), helpformat: 'none' as const };
    const module = raw.modules.find((candidate) => candidate.path === 'query+allpages');
    module!.parameters[0]!.description = 'See <a href="javascript:alert(1)">this</a>.';
    const file = join(dir, 'javascript-url.json');
    writeFileSync(file, serializeOpenApi(toOpenApi(parseSnapshot(raw)), 'json'));
    const totals = redoclyTotals(dir, [file]);
    expect(totals.problems).toEqual([]);
  });
});
