import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rules } from '@wikispec/diff';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../exit-codes.js';
import { main } from '../main.js';
import { fakeIo } from '../testing/fake-io.js';

const fixtures = fileURLToPath(new URL('../../../../test/fixtures/', import.meta.url));
const core = `${fixtures}wikis/mw-1.39-core/paraminfo-capture.json`;
const full = `${fixtures}wikis/mw-1.39-full/paraminfo-capture.json`;
const v139 = `${fixtures}public-snapshots/bearbin-mw-core-versions/1.39/paraminfo-response.json`;
const v146 = `${fixtures}public-snapshots/bearbin-mw-core-versions/1.46/paraminfo-response.json`;
const scratch = () => mkdtempSync(join(tmpdir(), 'wikispec-diff-'));
const env = { WIKISPEC_NOW: '2026-06-15T12:00:00Z' };

describe('wikispec diff', () => {
  it('exits 0 when nothing reaches --fail-on (core -> full: additions only)', async () => {
    const io = fakeIo({ env });
    expect(await main(['diff', core, full, '--fail-on', 'warning'], io)).toBe(ExitCode.Ok);
    expect(io.out).toMatch(/^wikispec diff: MediaWiki 1\.39\.17 \(wiki\) -> MediaWiki 1\.39\.17 \(wiki\)\nverdict: minor \(0 breaking, 0 warning, \d+ info\)/);
    expect(io.err).toBe('');
  });

  it('exits 1 when findings reach --fail-on, 0 with --fail-on never', async () => {
    const io = fakeIo({ env });
    expect(await main(['diff', full, core], io)).toBe(ExitCode.Findings);
    expect(io.out).toContain('BREAKING query+abusefilters [module-removed]');
    expect(await main(['diff', full, core, '--fail-on', 'never'], fakeIo({ env }))).toBe(ExitCode.Ok);
    // 1.39 -> 1.46 has warnings (min-raised) but nothing breaking.
    const labelled = fakeIo({ env });
    expect(await main(['diff', v139, v146], labelled)).toBe(ExitCode.Ok);
    expect(labelled.out.split('\n')[0]).toBe(`wikispec diff: ${v139} -> ${v146}`);
    expect(await main(['diff', v139, v146, '--fail-on', 'warning'], fakeIo({ env }))).toBe(ExitCode.Findings);
  });

  it('colours text only on a TTY without NO_COLOR', async () => {
    const tty = fakeIo({ env, tty: true });
    await main(['diff', full, core], tty);
    expect(tty.out).toContain('\u001b[31mBREAKING');
    const noColor = fakeIo({ env: { ...env, NO_COLOR: '1' }, tty: true });
    await main(['diff', full, core], noColor);
    expect(noColor.out).not.toContain('\u001b[');
    const pipe = fakeIo({ env });
    await main(['diff', full, core], pipe);
    expect(pipe.out).not.toContain('\u001b[');
  });

  it('writes any format to -o atomically, and nothing to stdout', async () => {
    const dir = scratch();
    const io = fakeIo({ env, cwd: dir, tty: true });
    expect(await main(['diff', v139, v146, '--format', 'json', '-o', 'report.json'], io)).toBe(ExitCode.Ok);
    expect(io.out).toBe('');
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { summary: { verdict: string } };
    expect(report.summary.verdict).toBe('minor');
  });

  it('applies an ignore file, with expiry from the injected clock', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'ignore.json'), JSON.stringify({ ignore: [{ rule: 'min-raised', module: 'main', reason: 'we never send negative max-age', expires: '2026-06-15' }] }));
    expect(await main(['diff', v139, v146, '--fail-on', 'warning', '--ignore', 'ignore.json'], fakeIo({ env, cwd: dir }))).toBe(ExitCode.Ok);
    const later = fakeIo({ env: { WIKISPEC_NOW: '2026-06-16T00:00:00Z' }, cwd: dir });
    expect(await main(['diff', v139, v146, '--fail-on', 'warning', '--ignore', 'ignore.json'], later)).toBe(ExitCode.Findings);
    expect(later.out).toContain('ignore entry expired on 2026-06-15: min-raised main');
  });

  it('lists the rules', async () => {
    const io = fakeIo();
    expect(await main(['diff', '--list-rules'], io)).toBe(ExitCode.Ok);
    expect(io.out.trimEnd().split('\n')).toHaveLength(rules.length);
    expect(io.out).toMatch(/^allspecifier-removed +breaking {2}/);
    const json = fakeIo();
    await main(['diff', '--list-rules', '--format', 'json'], json);
    expect((JSON.parse(json.out) as Array<{ id: string }>).map((rule) => rule.id)).toEqual(rules.map((rule) => rule.id));
  });

  it.each([
    ['a missing file', (dir: string) => ['diff', join(dir, 'missing.json'), core], ExitCode.InvalidInput, (dir: string) => `error: ${join(dir, 'missing.json')}: cannot read: no such file or directory\n`],
    ['a file that is not a snapshot', (dir: string) => ['diff', join(dir, 'other.json'), core], ExitCode.InvalidInput, (dir: string) => `error: ${join(dir, 'other.json')}: /: not a wikispec snapshot or paraminfo response: expected a "format" key (wikispec snapshot) or a "paraminfo" key (raw action=paraminfo response)\n`],
    ['a bad ignore file', (dir: string) => ['diff', core, core, '--ignore', join(dir, 'bad-ignore.json')], ExitCode.InvalidInput, (dir: string) => `error: ${join(dir, 'bad-ignore.json')}: /ignore/0/reason: expected a non-empty string\nhint: see docs/diff.md, "Ignore file"\n`],
    ['one snapshot only', () => ['diff', core], ExitCode.Usage, () => 'error: diff needs two snapshots: wikispec diff <base> <head>\nRun wikispec --help for usage.\n'],
    ['an unknown format', () => ['diff', core, core, '--format', 'pdf'], ExitCode.Usage, () => expect.stringMatching(/^error: Invalid values:/) as unknown as string],
  ])('rejects %s with a one-line error', async (_name, argv, code, error) => {
    const dir = scratch();
    writeFileSync(join(dir, 'other.json'), '{"hello": "world"}');
    writeFileSync(join(dir, 'bad-ignore.json'), '{"ignore": [{"rule": "x", "module": "y"}]}');
    const io = fakeIo({ env });
    expect(await main(argv(dir), io)).toBe(code);
    expect(io.err).toEqual(error(dir));
    expect(io.out).toBe('');
  });

  it('rejects two snapshots of different formats', async () => {
    const dir = scratch();
    const snapshot = JSON.parse(readFileSync(`${fixtures}small/snapshot.json`, 'utf8')) as Record<string, unknown>;
    writeFileSync(join(dir, 'a.json'), JSON.stringify(snapshot));
    writeFileSync(join(dir, 'b.json'), JSON.stringify({ ...snapshot, format: 'wikispec-snapshot/2' }));
    const io = fakeIo({ env });
    expect(await main(['diff', join(dir, 'a.json'), join(dir, 'b.json')], io)).toBe(ExitCode.InvalidInput);
    expect(io.err.split('\n')[0]).toMatch(/^error: .*b\.json: \/format: unsupported snapshot format version "wikispec-snapshot\/2"/);
  });

  it('refuses to compare help text written in different help formats', async () => {
    const dir = scratch();
    const raw = JSON.parse(readFileSync(core, 'utf8')) as { paraminfo: { helpformat: string } };
    raw.paraminfo.helpformat = 'html';
    writeFileSync(join(dir, 'html.json'), JSON.stringify(raw));
    const io = fakeIo({ env });
    expect(await main(['diff', core, join(dir, 'html.json'), '--include-docs'], io)).toBe(ExitCode.InvalidInput);
    expect(io.err).toBe(`error: ${core}: different help formats: ${core} has wikitext help text, ${join(dir, 'html.json')} has html\nhint: fetch both with the same helpformat, or drop --include-docs\n`.replace(`error: ${core}: `, 'error: '));
    expect(await main(['diff', core, join(dir, 'html.json')], fakeIo({ env }))).toBe(ExitCode.Ok);
  });
});
