import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateClient } from '@wikispec/codegen';
import { parseSnapshot, type Snapshot } from '@wikispec/snapshot';
import { clientCompilerOptions, repoRoot as root, typecheckFiles, writeFiles } from '../../support/tsc-options.js';
import { hostileExtraSnapshot } from './hostile-extra.js';

// Generates each client into test-artifacts/ (inside the repo, so `@wikispec/runtime` resolves from the workspace),
// then type-checks the package and its type tests under --strict. Type tests use @ts-expect-error: tsc reports an
// unused one, so each listed mistake must really be a compile error.
const out = join(root, 'test-artifacts', 'client-typecheck');

const load = (fixture: string) => (): Snapshot => parseSnapshot(readFileSync(join(root, fixture), 'utf8'));
const clients = [
  { name: 'small', fixture: 'test/fixtures/small/snapshot.json', typeTests: ['test/types/small-client.ts'] },
  { name: 'hostile-extra', fixture: 'test/golden/client/hostile-extra.ts', snapshot: hostileExtraSnapshot, typeTests: ['test/types/hostile-extra-client.ts'] },
  { name: 'hostile', fixture: 'test/fixtures/hostile/snapshot.json', typeTests: ['test/types/hostile-client.ts'] },
  { name: 'core', fixture: 'test/fixtures/wikis/mw-1.39-core/paraminfo-capture.json', typeTests: [] },
  { name: 'full', fixture: 'test/fixtures/wikis/mw-1.39-full/paraminfo-capture.json', typeTests: ['test/types/full-client.ts'] },
];

describe('generated clients compile under tsc --strict', () => {
  it.each(clients)('$name', async ({ name, fixture, typeTests, ...rest }) => {
    const snapshot = (rest.snapshot ?? load(fixture))();
    const files = await generateClient(snapshot, { source: fixture });
    const dir = join(out, name);
    writeFiles(dir, files);
    const diagnostics = typecheckFiles(
      [join(dir, 'src/index.ts'), join(dir, 'dist/index.d.ts'), ...typeTests.map((t) => join(root, t))],
      clientCompilerOptions({ [`wikispec-${name}-client`]: [join(dir, 'src/index.ts')] }, { skipLibCheck: true }),
    );
    expect(diagnostics).toEqual([]);
  }, 300_000);
});
