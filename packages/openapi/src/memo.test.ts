import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSnapshot, type Snapshot } from '@wikispec/snapshot';
import { serializeOpenApi } from './serialize.js';
import { toOpenApi } from './to-openapi.js';

const load = (path: string): Snapshot => parseSnapshot(readFileSync(new URL(`../../../test/fixtures/${path}`, import.meta.url), 'utf8'));

function sibling(base: Snapshot, server: string, modules = base.modules): Snapshot {
  return { ...base, wiki: { ...base.wiki, sitename: `Farm ${server}`, server, apiUrl: `${server.startsWith('//') ? 'https:' : ''}${server}/w/api.php` }, modules };
}

describe('toOpenApi with a shared memo', () => {
  it.each(['wikis/mw-1.39-core/paraminfo-capture.json', 'wikis/mw-1.39-full/paraminfo-capture.json', 'hostile/snapshot.json'])(
    'writes byte-identical documents with and without the memo, for farm siblings too (%s)',
    (path) => {
      const base = load(path);
      const memo = { markdown: new Map<string, string>() };
      for (const snapshot of [base, sibling(base, 'https://wiki12.example.org'), sibling(base, 'https://wiki34.example.org'), sibling(base, '//wiki56.example.org')]) {
        expect(serializeOpenApi(toOpenApi(snapshot, { memo }))).toBe(serializeOpenApi(toOpenApi(snapshot)));
      }
    },
    60_000,
  );

  it('shares conversions between wikis that differ only in their host, without leaking one host into another', () => {
    const base = load('wikis/mw-1.39-core/paraminfo-capture.json');
    const memo = { markdown: new Map<string, string>() };
    const first = serializeOpenApi(toOpenApi(sibling(base, 'https://wiki12.example.org'), { memo }));
    const size = memo.markdown.size;
    const changed = base.modules.map((module) => (module.path !== 'query+allpages' ? module : { ...module, description: 'Farm-only text, see [[Special:Version]].' }));
    const second = serializeOpenApi(toOpenApi(sibling(base, 'https://wiki34.example.org', changed), { memo }));
    expect(memo.markdown.size).toBeLessThanOrEqual(size + 2);
    expect(first).toContain('https://wiki12.example.org/index.php/');
    expect(second).toContain('https://wiki34.example.org/index.php/Special:Version');
    expect(second).not.toContain('wiki12.example.org');
    expect(first).not.toContain('Farm-only text');
  });
});
