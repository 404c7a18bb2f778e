import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateClient } from '@wikispec/codegen';
import { parseSnapshot } from '@wikispec/snapshot';

// Golden tree of the client generated from the 23-module fixture. dist/params.* are left out: params.d.ts is the
// source itself and params.js is empty, so they would only double the tree's size.
const snapshot = parseSnapshot(readFileSync(new URL('../../fixtures/small/snapshot.json', import.meta.url), 'utf8'));
const files = await generateClient(snapshot, { source: 'test/fixtures/small/snapshot.json' });

describe('client golden: test/fixtures/small', () => {
  it.each(files.filter((f) => !f.path.startsWith('dist/params.')).map((f) => [f.path, f.contents] as const))('%s', async (path, contents) => {
    await expect(contents).toMatchFileSnapshot(`./small/${path}.snap`);
  });

  it('keeps dist/params.d.ts equal to the source and dist/params.js empty', () => {
    const byPath = new Map(files.map((f) => [f.path, f.contents]));
    expect(byPath.get('dist/params.d.ts')).toBe(byPath.get('src/params.ts'));
    expect(byPath.get('dist/params.js')?.split('\n').slice(1).join('\n').trim()).toBe('export {};');
  });
});
