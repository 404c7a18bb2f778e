import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { generateClient } from '@wikispec/codegen';
import { parseSnapshot, type Snapshot } from '@wikispec/snapshot';
import { hostileExtraSnapshot } from './hostile-extra.js';

// Generates each client into test-artifacts/ (inside the repo, so `@wikispec/runtime` resolves from the workspace),
// then type-checks the package and its type tests under --strict. Type tests use @ts-expect-error: tsc reports an
// unused one, so each listed mistake must really be a compile error.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const out = join(root, 'test-artifacts', 'client-typecheck');

const load = (fixture: string) => (): Snapshot => parseSnapshot(readFileSync(join(root, fixture), 'utf8'));
const clients = [
  { name: 'small', fixture: 'test/fixtures/small/snapshot.json', typeTests: ['test/types/small-client.ts'] },
  { name: 'hostile-extra', fixture: 'test/golden/client/hostile-extra.ts', snapshot: hostileExtraSnapshot, typeTests: ['test/types/hostile-extra-client.ts'] },
  { name: 'hostile', fixture: 'test/fixtures/hostile/snapshot.json', typeTests: ['test/types/hostile-client.ts'] },
  { name: 'core', fixture: 'test/fixtures/wikis/mw-1.39-core/paraminfo-capture.json', typeTests: [] },
  { name: 'full', fixture: 'test/fixtures/wikis/mw-1.39-full/paraminfo-capture.json', typeTests: ['test/types/full-client.ts'] },
];

function typecheck(rootNames: string[], paths: Record<string, string[]>): string[] {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    noUncheckedIndexedAccess: true,
    verbatimModuleSyntax: true,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts', 'lib.es2018.asyncgenerator.d.ts'],
    types: [],
    baseUrl: root,
    paths: { '@wikispec/runtime': ['packages/runtime/src/index.ts'], ...paths },
  };
  const program = ts.createProgram(rootNames, options);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file && d.start !== undefined ? `${d.file.fileName.replace(root, '')}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}: ` : '';
    return `${where}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}

describe('generated clients compile under tsc --strict', () => {
  it.each(clients)('$name', async ({ name, fixture, typeTests, ...rest }) => {
    const snapshot = ('snapshot' in rest ? rest.snapshot : load(fixture))();
    const files = await generateClient(snapshot, { source: fixture });
    const dir = join(out, name);
    rmSync(dir, { recursive: true, force: true });
    for (const file of files) {
      mkdirSync(dirname(join(dir, file.path)), { recursive: true });
      writeFileSync(join(dir, file.path), file.contents);
    }
    const diagnostics = typecheck(
      [join(dir, 'src/index.ts'), join(dir, 'dist/index.d.ts'), ...typeTests.map((t) => join(root, t))],
      { [`wikispec-${name}-client`]: [join(dir, 'src/index.ts')] },
    );
    expect(diagnostics).toEqual([]);
  }, 300_000);
});
