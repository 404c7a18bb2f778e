import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ExitCode } from '../exit-codes.js';
import { main } from '../main.js';
import { fakeIo } from '../testing/fake-io.js';

const small = fileURLToPath(new URL('../../../../test/fixtures/small/snapshot.json', import.meta.url));

describe('wikispec generate openapi', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'wikispec-openapi-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a 3.1 JSON document, format from the extension', async () => {
    const io = fakeIo({ cwd: dir });
    expect(await main(['generate', 'openapi', small, '-o', 'api.json'], io)).toBe(ExitCode.Ok);
    const document = JSON.parse(readFileSync(join(dir, 'api.json'), 'utf8')) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toContain('/api.php/query/list/allpages');
    expect(io.out).toMatch(/^wrote api\.json: OpenAPI 3\.1\.0, 20 paths, \d+ operations, \d+ bytes\n$/);
    expect(io.err).toBe('');
  });

  it('writes YAML for .yaml and 3.0.3 on request, byte-identical on reruns', async () => {
    const io = fakeIo({ cwd: dir });
    expect(await main(['generate', 'openapi', small, '-o', 'api.yaml', '--openapi-version', '3.0'], io)).toBe(ExitCode.Ok);
    const first = readFileSync(join(dir, 'api.yaml'), 'utf8');
    expect((parseYaml(first) as { openapi: string }).openapi).toBe('3.0.3');
    expect(await main(['generate', 'openapi', small, '-o', 'api.yaml', '--openapi-version', '3.0'], io)).toBe(ExitCode.Ok);
    expect(readFileSync(join(dir, 'api.yaml'), 'utf8')).toBe(first);
  });

  it('honours --format over the extension', async () => {
    const io = fakeIo({ cwd: dir });
    expect(await main(['generate', 'openapi', small, '-o', 'api.txt', '--format', 'yaml'], io)).toBe(ExitCode.Ok);
    expect(readFileSync(join(dir, 'api.txt'), 'utf8').startsWith('openapi: 3.1.0\n')).toBe(true);
  });

  it('rejects an output name without a known extension as a usage error, writing nothing', async () => {
    const io = fakeIo({ cwd: dir });
    expect(await main(['generate', 'openapi', small, '-o', 'api.txt'], io)).toBe(ExitCode.Usage);
    expect(io.err).toContain('error: cannot tell the output format from "api.txt"');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('rejects an unknown --openapi-version', async () => {
    const io = fakeIo({ cwd: dir });
    expect(await main(['generate', 'openapi', small, '-o', 'api.json', '--openapi-version', '3.2'], io)).toBe(ExitCode.Usage);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('exits 3 on a bad snapshot and leaves an existing output untouched', async () => {
    writeFileSync(join(dir, 'bad.json'), '{"paraminfo": ');
    writeFileSync(join(dir, 'api.json'), 'old');
    const io = fakeIo({ cwd: dir });
    expect(await main(['generate', 'openapi', 'bad.json', '-o', 'api.json'], io)).toBe(ExitCode.InvalidInput);
    expect(io.err).toMatch(/^error: .*bad\.json/);
    expect(readFileSync(join(dir, 'api.json'), 'utf8')).toBe('old');
    expect(readdirSync(dir).sort()).toEqual(['api.json', 'bad.json']);
  });

  it('exits 3 when the output path is a directory', async () => {
    const io = fakeIo({ cwd: dir });
    expect(await main(['generate', 'openapi', small, '-o', dir + '/.', '--format', 'json'], io)).toBe(ExitCode.InvalidInput);
    expect(io.err).toContain('is a directory');
  });
});
