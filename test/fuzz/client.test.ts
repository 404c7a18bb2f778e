// Properties of the client generator on generated (hostile) snapshots: generation is deterministic and pure, and
// every generated package compiles under tsc --strict (plus noUncheckedIndexedAccess), sources and emitted .d.ts alike.
// Compiling is the expensive part, so many generated packages are checked in ONE TypeScript program.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { generateClient } from '@wikispec/codegen';
import { parseSnapshot, serializeSnapshot } from '@wikispec/snapshot';
import { FUZZ_SEED, fuzzParameters, fuzzRuns, snapshotArbitrary } from '../support/arbitraries.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const out = join(root, 'test-artifacts', 'fuzz-client');

function typecheck(rootNames: string[]): string[] {
  const options: ts.CompilerOptions = {
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
    baseUrl: root,
    paths: { '@wikispec/runtime': ['packages/runtime/src/index.ts'] },
  };
  const program = ts.createProgram(rootNames, options);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file === undefined || d.file.fileName.startsWith(out))
    .map((d) => {
      const where = d.file && d.start !== undefined ? `${d.file.fileName.replace(root, '')}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}: ` : '';
      return `${where}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
}

describe('client generator (fuzz)', () => {
  it('is deterministic and leaves the snapshot untouched', async () => {
    await fc.assert(
      fc.asyncProperty(snapshotArbitrary(), async (snapshot) => {
        const before = serializeSnapshot(snapshot);
        const first = await generateClient(snapshot, { packageName: 'fuzz-client' });
        const second = await generateClient(snapshot, { packageName: 'fuzz-client' });
        expect(second).toEqual(first);
        expect(serializeSnapshot(snapshot)).toBe(before);
        for (const file of first) expect(file.contents, file.path).not.toMatch(/\/(?:home|tmp|work|root)\//);
      }),
      fuzzParameters(5, 0.02),
    );
  });

  it('every generated package compiles under tsc --strict (batched: up to 20 packages per program)', async () => {
    rmSync(out, { recursive: true, force: true });
    const samples = fc.sample(snapshotArbitrary(), { seed: FUZZ_SEED, numRuns: fuzzRuns(8, 0.01) });
    const rootNames: string[] = [];
    for (const [index, snapshot] of samples.entries()) {
      const dir = join(out, `case-${index}`);
      const files = await generateClient(snapshot, { packageName: `fuzz-client-${index}` });
      for (const file of files) {
        mkdirSync(dirname(join(dir, file.path)), { recursive: true });
        writeFileSync(join(dir, file.path), file.contents);
      }
      writeFileSync(join(dir, 'snapshot.json'), serializeSnapshot(snapshot));
      rootNames.push(join(dir, 'src/index.ts'), join(dir, 'dist/index.d.ts'));
    }
    // Batches of up to 20 packages per program keep memory bounded in long `pnpm fuzz` runs.
    const diagnostics: string[] = [];
    for (let start = 0; start < rootNames.length && diagnostics.length < 30; start += 40) diagnostics.push(...typecheck(rootNames.slice(start, start + 40))); // 40 root files = 20 packages
    expect(diagnostics.slice(0, 30)).toEqual([]);
  }, 600_000);
});

describe('client regressions found by fuzzing', () => {
  // Found by the batch above (seed 20261130, case 4), fixed in codegen: overlapping templated names (`{x}` is all
  // variable, i.e. `g${string}` with prefix g, beside `a{slot}b`) gave index signatures TypeScript rejected
  // ("`ga${string}b` index type number is not assignable to `g${string}` index type").
  it('client-overlapping-templated-parameters: a module with templated a{slot}b (float) and {x} (text) compiles', async () => {
    const small = parseSnapshot(readFileSync(join(root, 'test/fixtures/small/snapshot.json'), 'utf8'));
    const raw = structuredClone(small);
    const compare = raw.modules.find((module) => module.path === 'compare')!;
    compare.prefix = 'g';
    const slots = compare.parameters.find((parameter) => parameter.multi && parameter.name === 'fromslots')!;
    compare.templatedparameters = [
      { index: 90, name: 'a{slot}b', description: '', type: 'float', required: false, multi: false, templatevars: { slot: slots.name } },
      { index: 91, name: '{x}', description: '', type: 'text', required: false, multi: false, templatevars: { x: slots.name } },
    ];
    const dir = join(out, 'regression-overlap');
    rmSync(dir, { recursive: true, force: true });
    for (const file of await generateClient(parseSnapshot(raw), { packageName: 'overlap-client' })) {
      mkdirSync(dirname(join(dir, file.path)), { recursive: true });
      writeFileSync(join(dir, file.path), file.contents);
    }
    expect(typecheck([join(dir, 'src/index.ts')])).toEqual([]);
  }, 300_000);
});
