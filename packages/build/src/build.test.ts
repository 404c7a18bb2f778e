import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseSnapshot, serializeSnapshot, type Snapshot } from '@wikispec/snapshot';
import { fakeStages } from './__fixtures__/fake-stages.js';
import { buildWikis, findStaleFiles, type BuildResult } from './build.js';
import { parseChangelog } from './changelog.js';
import { resolveConfig, validateConfig } from './config.js';
import { BuildAbortedError } from './errors.js';
import type { StepName } from './stages.js';

const fixtures = new URL('../../../test/fixtures/', import.meta.url);
const small = parseSnapshot(readFileSync(new URL('small/snapshot.json', fixtures), 'utf8'));

function without(snapshot: Snapshot, path: string): Snapshot {
  return { ...snapshot, modules: snapshot.modules.filter((module) => module.path !== path) };
}

let base: string;
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'wikispec-build-'));
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

async function writeResult(result: BuildResult): Promise<void> {
  for (const output of result.outputs) {
    rmSync(join(result.outDir, output.directory), { recursive: true, force: true });
    for (const file of output.files) {
      const path = join(result.outDir, output.directory, file.path);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.contents);
    }
  }
}

async function writeSnapshot(name: string, snapshot: Snapshot): Promise<string> {
  const path = join(base, 'inputs', `${name}.json`);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, serializeSnapshot(snapshot));
  return path;
}

function config(wikis: unknown[], extra: Record<string, unknown> = {}) {
  return resolveConfig(validateConfig({ wikis, ...extra }), base);
}

describe('buildWikis', () => {
  it('builds every output, then a rebuild of unchanged inputs is byte-identical', async () => {
    await writeSnapshot('a', small);
    const cfg = config([{ name: 'a', snapshot: 'inputs/a.json' }]);
    const first = await buildWikis(cfg, { stages: fakeStages(), offline: true });
    expect(first.wikis.map((wiki) => wiki.ok)).toEqual([true]);
    expect(first.outputs.map((output) => output.directory)).toEqual(['a', 'site']);
    expect(first.outputs[0]?.files.map((file) => file.path)).toEqual(['CHANGELOG.md', 'client/package.json', 'client/src/index.ts', 'openapi.json', 'openapi.yaml', 'snapshot.json']);
    const changelog = first.outputs[0]?.files.find((file) => file.path === 'CHANGELOG.md')?.contents as string;
    expect(parseChangelog(changelog)).toEqual([{ heading: expect.stringMatching(/^MediaWiki 1\.39\.17 \(snapshot [0-9a-f]{12}\)$/), body: 'First snapshot: 23 modules, 291 parameters, 36 extensions.' }]);
    const siteFiles = first.outputs[1]?.files.map((file) => file.path) ?? [];
    expect(siteFiles).toEqual(expect.arrayContaining(['index.html', 'a/index.html', 'a/openapi.js', 'a/changes.html', 'assets/swagger-ui/swagger-ui-bundle.js']));
    expect(siteFiles.filter((path) => path.endsWith('swagger-ui-bundle.js'))).toHaveLength(1);
    expect(await findStaleFiles(first)).toEqual(expect.arrayContaining([{ path: 'a/snapshot.json', reason: 'missing' }]));
    await writeResult(first);

    const second = await buildWikis(cfg, { stages: fakeStages(), offline: true });
    expect(await findStaleFiles(second)).toEqual([]);
    expect(second.outputs).toEqual(first.outputs);
  });

  it('adds a changelog entry (newest first) when the fetched API changed, and none when it did not', async () => {
    await writeSnapshot('a', small);
    const cfg = config([{ name: 'a', apiUrl: 'http://127.0.0.1:1/api.php', snapshot: 'inputs/a.json' }]);
    await writeResult(await buildWikis(cfg, { stages: fakeStages(), offline: true }));

    const head = without(small, 'query+allpages');
    const changed = await buildWikis(cfg, { stages: fakeStages({ fetch: async () => head }) });
    const wiki = changed.wikis[0];
    expect(wiki?.ok && wiki.changes).toMatchObject({ breaking: 1, changes: 1 });
    expect(wiki?.ok && wiki.changelogEntryAdded).toBe(true);
    const stale = await findStaleFiles(changed);
    expect(stale).toEqual(expect.arrayContaining([{ path: 'a/CHANGELOG.md', reason: 'changed' }, { path: 'a/snapshot.json', reason: 'changed' }]));
    await writeResult(changed);
    const text = readFileSync(join(base, 'generated/a/CHANGELOG.md'), 'utf8');
    const entries = parseChangelog(text);
    expect(entries).toHaveLength(2);
    expect(entries[0]?.body).toContain('module `query+allpages` removed');
    expect(entries[0]?.body).toMatch(/^### API changes/);
    expect(entries[1]?.body).toMatch(/^First snapshot/);
    expect(readFileSync(join(base, 'generated/site/a/changes.html'), 'utf8')).toContain('<code>query+allpages</code> removed');

    const again = await buildWikis(cfg, { stages: fakeStages({ fetch: async () => head }) });
    expect(again.wikis[0]?.ok && again.wikis[0].changelogEntryAdded).toBe(false);
    expect(await findStaleFiles(again)).toEqual([]);
  });

  it('keeps building the other wikis when one fails, and reports the failing step', async () => {
    await writeSnapshot('good', small);
    const cfg = config([
      { name: 'bad', apiUrl: 'http://127.0.0.1:1/api.php' },
      { name: 'good', snapshot: 'inputs/good.json' },
      { name: 'missing', snapshot: 'inputs/nope.json' },
    ]);
    const result = await buildWikis(cfg, { stages: fakeStages() });
    expect(result.wikis.map((wiki) => [wiki.name, wiki.ok, wiki.ok ? '' : wiki.step])).toEqual([
      ['bad', false, 'fetch'],
      ['good', true, ''],
      ['missing', false, 'fetch'],
    ]);
    const missing = result.wikis[2];
    expect(missing?.ok === false && String(missing.error)).toMatch(/nope\.json: cannot read/);
    expect(result.outputs.map((output) => output.directory)).toEqual(['good', 'site']);
  });

  it('refuses --offline for a wiki without a snapshot file', async () => {
    const cfg = config([{ name: 'a', apiUrl: 'http://127.0.0.1:1/api.php' }]);
    const result = await buildWikis(cfg, { stages: fakeStages(), offline: true });
    expect(result.wikis[0]?.ok === false && String(result.wikis[0].error)).toMatch(/no "snapshot" file to build from offline/);
  });

  it('never runs more wikis at once than the concurrency allows', async () => {
    let running = 0;
    let peak = 0;
    const stages = fakeStages({
      fetch: async () => {
        running++;
        peak = Math.max(peak, running);
        await new Promise((resolve) => setImmediate(resolve));
        running--;
        return small;
      },
    });
    const cfg = config(Array.from({ length: 7 }, (_, index) => ({ name: `w${index}`, apiUrl: 'http://127.0.0.1:1/api.php' })), { concurrency: 3 });
    const steps: Array<[string, StepName]> = [];
    const result = await buildWikis(cfg, { stages, onStep: (wiki, step) => steps.push([wiki, step]) });
    expect(result.wikis.every((wiki) => wiki.ok)).toBe(true);
    expect(peak).toBe(3);
    expect(steps.filter(([wiki]) => wiki === 'w0').map(([, step]) => step)).toEqual(['queued', 'fetch', 'snapshot', 'openapi', 'client', 'changelog', 'done']);
    // Identical snapshots share stage outputs (content-addressed).
    expect(stages.calls.openapi).toBe(1);
    expect(stages.calls.client).toBe(7);
  });

  it('stops with BuildAbortedError when the signal aborts', async () => {
    await writeSnapshot('a', small);
    const controller = new AbortController();
    const cfg = config([{ name: 'a', snapshot: 'inputs/a.json' }]);
    const stages = fakeStages({
      openapi: async () => {
        controller.abort(new Error('interrupted by SIGINT'));
        return { json: '{}', yaml: '' };
      },
    });
    await expect(buildWikis(cfg, { stages, offline: true, signal: controller.signal })).rejects.toThrow(BuildAbortedError);
  });

  it('keeps wikis outside --only on the docs site from their committed outputs', async () => {
    await writeSnapshot('a', small);
    await writeSnapshot('b', without(small, 'parse'));
    const cfg = config([{ name: 'a', snapshot: 'inputs/a.json' }, { name: 'b', snapshot: 'inputs/b.json' }]);
    await writeResult(await buildWikis(cfg, { stages: fakeStages(), offline: true }));
    const only = await buildWikis(cfg, { stages: fakeStages(), offline: true, only: ['b'] });
    expect(only.wikis.map((wiki) => wiki.name)).toEqual(['b']);
    expect(await findStaleFiles(only)).toEqual([]);
    const index = only.outputs.find((output) => output.directory === 'site')?.files.find((file) => file.path === 'index.html')?.contents as string;
    expect(index).toContain('href="a/index.html"');
    expect(index).toContain('href="b/index.html"');
  });
});
