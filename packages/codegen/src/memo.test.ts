import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSnapshot, type Snapshot } from '@wikispec/snapshot';
import { generateClient } from './generate.js';
import { createGenerationMemo, serverMask } from './memo.js';

const load = (path: string): Snapshot => parseSnapshot(readFileSync(new URL(`../../../test/fixtures/${path}`, import.meta.url), 'utf8'));

/** A farm sibling of `base`: own site name and server, same modules unless `modules` is given. */
function sibling(base: Snapshot, n: number, modules = base.modules): Snapshot {
  const server = `https://wiki${n}.example.org`;
  return { ...base, wiki: { ...base.wiki, sitename: `Farm ${n}`, wikiid: `farm${n}`, server, apiUrl: `${server}/w/api.php` }, modules };
}

const contents = (files: Array<{ path: string; contents: string }>) => Object.fromEntries(files.map((f) => [f.path, f.contents]));

describe('generateClient with a shared memo', () => {
  it.each(['wikis/mw-1.39-core/paraminfo-capture.json', 'wikis/mw-1.39-full/paraminfo-capture.json', 'hostile/snapshot.json'])(
    'gives byte-identical files with and without the memo, also for a farm sibling served from the memo (%s)',
    async (path) => {
      const base = load(path);
      const memo = createGenerationMemo();
      expect(contents(await generateClient(base, { memo }))).toEqual(contents(await generateClient(base)));
      const other = sibling(base, 12);
      const before = memo.formatted.size;
      const shared = contents(await generateClient(other, { memo }));
      expect(shared).toEqual(contents(await generateClient(other)));
      if (path.startsWith('wikis/')) expect(memo.formatted.size - before).toBeLessThan(3); // params.ts came from the memo
    },
    60_000,
  );

  it('does not leak a module of one wiki into the next one sharing the memo', async () => {
    const base = load('wikis/mw-1.39-core/paraminfo-capture.json');
    const memo = createGenerationMemo();
    const first = contents(await generateClient(sibling(base, 10), { memo }));
    const changed = base.modules.map((module) =>
      module.path !== 'query+allpages'
        ? module
        : { ...module, parameters: module.parameters.map((p) => (Array.isArray(p.type) && p.name === 'filterredir' ? { ...p, type: [...p.type, 'farmonly'] } : p)) },
    );
    const second = contents(await generateClient(sibling(base, 11, changed), { memo }));
    expect(first['src/params.ts']).not.toContain("'farmonly'");
    expect(second['src/params.ts']).toContain("'farmonly'");
    expect(second['dist/params.d.ts']).toContain("'farmonly'");
    expect(second['src/params.ts']).toContain('https://wiki11.example.org');
    expect(second['src/params.ts']).not.toContain('https://wiki10.example.org');
  }, 60_000);
});

describe('serverMask', () => {
  it('round-trips a server URL through a same-length placeholder', () => {
    const mask = serverMask('https://wiki7.example.org');
    const text = '/** See https://wiki7.example.org/wiki/Help. */';
    const hidden = mask.hide(text);
    expect(hidden).not.toContain('wiki7');
    expect(hidden?.length).toBe(text.length);
    expect(mask.show(hidden ?? '')).toBe(text);
  });

  it('refuses texts that already hold the placeholder, and servers with other characters', () => {
    const mask = serverMask('https://wiki7.example.org');
    const placeholder = mask.hide('https://wiki7.example.org') ?? '';
    expect(mask.hide(`${placeholder} https://wiki7.example.org`)).toBeUndefined();
    expect(serverMask("https://it's.example.org").hide("https://it's.example.org x")).toBe("https://it's.example.org x");
  });
});
