import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSnapshot, serializeSnapshot } from '@wikispec/snapshot';
import { parseChangelog, updateChangelog } from './changelog.js';

const small = parseSnapshot(readFileSync(new URL('../../../test/fixtures/small/snapshot.json', import.meta.url), 'utf8'));
const serialized = serializeSnapshot(small);
const report = { changes: 1, breaking: 1, markdown: '## wikispec diff\n\n- removed' };

describe('updateChangelog', () => {
  it('starts the history when a snapshot was committed without a changelog', () => {
    const { text, added } = updateChangelog({ wikiName: 'w', previousText: undefined, previous: small, head: small, headSerialized: serialized, report: undefined });
    expect(added).toBe(true);
    expect(parseChangelog(text).map((entry) => entry.body)).toEqual(['First snapshot: 23 modules, 291 parameters, 36 extensions.']);
  });
  it('adds a diff entry on top, with headings demoted under the entry', () => {
    const first = updateChangelog({ wikiName: 'w', previousText: undefined, previous: undefined, head: small, headSerialized: serialized, report: undefined }).text;
    const head = { ...small, modules: small.modules.slice(1) };
    const { text, added } = updateChangelog({ wikiName: 'w', previousText: first, previous: small, head, headSerialized: serializeSnapshot(head), report });
    expect(added).toBe(true);
    const entries = parseChangelog(text);
    expect(entries.map((entry) => entry.body)).toEqual(['#### wikispec diff\n\n- removed', 'First snapshot: 23 modules, 291 parameters, 36 extensions.']);
    expect(text.startsWith(first.slice(0, first.indexOf('\n## ')))).toBe(true);
  });
  it('returns the previous text byte for byte when nothing changed', () => {
    const first = updateChangelog({ wikiName: 'w', previousText: undefined, previous: undefined, head: small, headSerialized: serialized, report: undefined }).text;
    const again = updateChangelog({ wikiName: 'w', previousText: first, previous: small, head: small, headSerialized: serialized, report: undefined });
    expect(again).toEqual({ text: first, added: false });
    const noFindings = updateChangelog({ wikiName: 'w', previousText: first, previous: small, head: small, headSerialized: serialized, report: { changes: 0, breaking: 0, markdown: 'No changes found.' } });
    expect(noFindings).toEqual({ text: first, added: false });
  });
});
