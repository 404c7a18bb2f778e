// Properties of the client generator on generated (hostile) snapshots (the even cases of the run; client-odd.test.ts
// checks the odd ones on the other core): see support-client.ts.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateClient } from '@wikispec/codegen';
import { parseSnapshot } from '@wikispec/snapshot';
import { clientFuzz, packagesDir, typecheck, writePackage } from './support-client.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

clientFuzz(0, 2, 'even');

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
    const dir = join(packagesDir('regressions'), 'overlap');
    rmSync(dir, { recursive: true, force: true });
    const snapshot = parseSnapshot(raw);
    writePackage(dir, await generateClient(snapshot, { packageName: 'overlap-client' }), snapshot);
    expect(typecheck([dir], (packageDir) => [join(packageDir, 'src/index.ts')]).get(dir)).toEqual([]);
  }, 300_000);
});
