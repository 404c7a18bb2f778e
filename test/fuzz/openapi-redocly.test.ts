// Redocly's recommended-strict ruleset on generated (hostile) snapshots' OpenAPI documents: no error, no warning, no
// crash, judged per document. The documents come from the same seed as openapi.test.ts's cases; they are linted in
// batches (one CLI run lints a whole batch while the next batch is generated). A failing document is kept, with the
// snapshot it came from, in test-artifacts/fuzz-openapi-redocly/ for reproduction; clean ones are deleted.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeOpenApi, toOpenApi } from '@wikispec/openapi';
import { parseSnapshot, serializeSnapshot } from '@wikispec/snapshot';
import { FUZZ_SEED, fuzzRuns, snapshotArbitrary } from '../support/arbitraries.js';
import { redoclyLint, type RedoclyResult } from './support-redocly.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Documents per CLI run: starting the CLI costs about a second, so a batch should lint for much longer than that. */
const BATCH = 250;

describe('openapi: Redocly (fuzz)', () => {
  it('Redocly recommended-strict reports no problem (and does not crash) on any generated document', async () => {
    const dir = join(root, 'test-artifacts', 'fuzz-openapi-redocly');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    // Failures found here become named regressions in packages/openapi/src/fuzz-regressions.test.ts (seed 20261130:
    // colliding selector wire names, `javascript:` and `<script>` in descriptions, Redocly's crash on `hasOwnProperty`).
    const runs = fuzzRuns(4);
    const failures: RedoclyResult['failures'] = [];
    let linted = 0;
    let batch: string[] = [];
    let pending: Promise<void> = Promise.resolve();
    const lint = (files: string[]) => {
      const previous = pending;
      pending = (async () => {
        await previous;
        const result = await redoclyLint(dir, files);
        linted += result.reports;
        failures.push(...result.failures);
        const failed = new Set(result.failures.map((failure) => failure.file));
        for (const file of files) {
          if (!failed.has(file)) {
            rmSync(join(dir, file));
            rmSync(join(dir, file.replace(/\.json$/, '.snapshot.json')));
          }
        }
      })();
    };
    let index = 0;
    // fc.assert only as the case generator (same seed, same cases as the validator property); the verdicts come per
    // document from the batches below.
    await fc.assert(
      fc.asyncProperty(snapshotArbitrary(), async (snapshot) => {
        const name = `case-${String(index++).padStart(5, '0')}.json`;
        writeFileSync(join(dir, name), serializeOpenApi(toOpenApi(snapshot), 'json'));
        writeFileSync(join(dir, name.replace(/\.json$/, '.snapshot.json')), serializeSnapshot(snapshot));
        batch.push(name);
        if (batch.length >= BATCH) {
          // At most one batch waits behind the running one.
          await pending;
          lint(batch);
          batch = [];
        }
      }),
      { seed: FUZZ_SEED, numRuns: runs },
    );
    if (batch.length > 0) lint(batch);
    await pending;
    expect(index).toBe(runs);
    expect(linted, 'documents with a Redocly report or crash').toBe(runs);
    expect(failures.slice(0, 30).map((failure) => `${failure.file}: ${failure.problem}`)).toEqual([]);
  });
});

describe('openapi: Redocly regressions found by fuzzing', () => {
  // Found by fuzzing: help text with a javascript: link was escaped as text, but the text still held "javascript:",
  // which Redocly's no-unsafe-markdown rule (recommended-strict) reports as an error.
  it('openapi-javascript-url-in-help: plain-text help (helpformat none) with <a href="javascript:…"> passes Redocly recommended-strict', async () => {
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
    const result = await redoclyLint(dir, [file]);
    expect(result.failures).toEqual([]);
    expect(result.reports).toBe(1);
  });
});
