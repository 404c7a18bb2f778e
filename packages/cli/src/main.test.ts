import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ExitCode } from './exit-codes.js';
import { main } from './main.js';
import { fakeIo } from './testing/fake-io.js';

const fixture = (name: string) => fileURLToPath(new URL(`../../../test/fixtures/wikis/${name}/paraminfo-capture.json`, import.meta.url));

describe('main', () => {
  it('summarises snapshots', async () => {
    const io = fakeIo();
    expect(await main(['summary', fixture('mw-1.39-full')], io)).toBe(ExitCode.Ok);
    expect(io.out).toContain('LocalWiki (MediaWiki 1.39.17): 142 modules, 1071 parameters (+9 templated), 36 extensions');
    expect(io.err).toBe('');
  });

  it('prints help on --help and exits 0', async () => {
    const io = fakeIo();
    expect(await main(['--help'], io)).toBe(ExitCode.Ok);
    expect(io.out).toContain('wikispec <command> [options]');
    expect(io.out).toContain('summary');
  });

  it('rejects unknown flags as usage errors', async () => {
    const io = fakeIo();
    expect(await main(['summary', fixture('mw-1.39-core'), '--no-such-flag'], io)).toBe(ExitCode.Usage);
    expect(io.err).toMatch(/^error: Unknown argument/);
    expect(io.out).toBe('');
  });

  it('asks for a command', async () => {
    const io = fakeIo();
    expect(await main([], io)).toBe(ExitCode.Usage);
    expect(io.err).toContain('error: a command is required');
  });

  it('names a missing input file in one line and exits 3', async () => {
    const io = fakeIo();
    expect(await main(['summary', '/nonexistent/snapshot.json'], io)).toBe(ExitCode.InvalidInput);
    expect(io.err).toBe('error: /nonexistent/snapshot.json: cannot read: no such file or directory\n');
  });
});
