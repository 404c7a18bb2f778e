import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSnapshot, type Snapshot } from '@wikispec/snapshot';
import { generateClient } from './generate.js';

const load = (path: string): Snapshot => parseSnapshot(readFileSync(new URL(`../../../test/fixtures/${path}`, import.meta.url), 'utf8'));
const small = load('small/snapshot.json');
const hostile = load('hostile/snapshot.json');

/** Evaluates a compiled ESM file that has no imports. */
async function importJs(code: string): Promise<Record<string, unknown>> {
  return (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as Record<string, unknown>;
}

describe('generateClient', () => {
  it('is deterministic: byte-identical files on a rerun', async () => {
    const first = await generateClient(small, { source: 'test/fixtures/small/snapshot.json' });
    const second = await generateClient(small, { source: 'test/fixtures/small/snapshot.json' });
    expect(second.map((f) => f.path)).toEqual(first.map((f) => f.path));
    for (const [i, file] of first.entries()) expect(second[i]?.contents, file.path).toBe(file.contents);
  });

  it('emits sources, compiled files, package.json and README, sorted by path', async () => {
    const files = await generateClient(small);
    expect(files.map((f) => f.path)).toEqual([
      'README.md', 'dist/index.d.ts', 'dist/index.js', 'dist/modules.d.ts', 'dist/modules.js', 'dist/params.d.ts', 'dist/params.js',
      'package.json', 'src/index.ts', 'src/modules.ts', 'src/params.ts', 'tsconfig.json',
    ]);
    const pkg = JSON.parse(files.find((f) => f.path === 'package.json')?.contents ?? '{}');
    expect(pkg.name).toBe('@wikispec-client/wiki');
    expect(pkg.dependencies).toEqual({ '@wikispec/runtime': '^0.1.0' });
    expect(pkg.exports).toEqual({ '.': { types: './dist/index.d.ts', import: './dist/index.js' } });
    const named = await generateClient(small, { packageName: '@acme/wiki-client', runtimeVersion: '1.2.3' });
    const namedPkg = JSON.parse(named.find((f) => f.path === 'package.json')?.contents ?? '{}');
    expect([namedPkg.name, namedPkg.dependencies['@wikispec/runtime']]).toEqual(['@acme/wiki-client', '1.2.3']);
  });

  it('never writes absolute paths, the source directory or any form of any', async () => {
    const files = await generateClient(small, { source: '/home/someone/secret-dir/snapshot.json' });
    for (const file of files) {
      expect(file.contents, file.path).not.toContain('/home/someone');
      expect(file.contents, file.path).not.toMatch(/:\s*any\b|<any>|\bas any\b/);
    }
  });

  it('describes tokens, POST and secrets for the runtime in modules.js', async () => {
    const files = await generateClient(small);
    const { moduleCalls } = await importJs(files.find((f) => f.path === 'dist/modules.js')?.contents ?? '');
    expect(moduleCalls).toMatchObject({
      edit: 'csrf',
      rollback: 'rollback',
      clientlogin: { tokenParam: 'logintoken', tokenType: 'login' },
      login: { tokenParam: 'lgtoken', tokenType: 'login', sensitive: ['lgpassword'] },
    });
    expect(Object.keys(moduleCalls as object)).not.toContain('parse');
  });

  it('puts JSDoc on modules and parameters: help, default, limits, deprecation, Special:ApiHelp link', async () => {
    const params = (await generateClient(small)).find((f) => f.path === 'src/params.ts')?.contents ?? '';
    expect(params).toMatch(/\* Parameters of `query\+allpages` \(prefix `ap`\)\.[\s\S]*?@see \{@link http:\/\/127\.0\.0\.1:8139\/index\.php\/Special:ApiHelp\/query%2Ballpages/);
    expect(params).toMatch(/@defaultValue `10`\n[\s\S]*?\n\s*aplimit\?: number \| 'max';/);
    expect(params).toContain('`max` asks for the highest limit allowed (500, 5000 with `apihighlimits`).');
    expect(params).toMatch(/\*\*Internal module\*\*[\s\S]*?export interface VisualeditoreditParams/);
    expect(params).toMatch(/@deprecated This parameter is deprecated\.\n[\s\S]*?\n\s*fromtext\?: string;/);
    expect(params).not.toMatch(/^\s*(?!\*)[^\n]*\*\/[^\n]*\*\//m);
  });

  it('keeps hostile names usable: quoted keys, computed __proto__, escaped docs, code that parses', async () => {
    const files = await generateClient(hostile);
    const params = files.find((f) => f.path === 'src/params.ts')?.contents ?? '';
    expect(params).toContain("'__proto__': ProtoParams;");
    expect(params).toContain("'my--dash': string;");
    expect(params).toContain("| 'back\\\\slash'");
    expect(params).toContain('[name: `my-text-${string}`]');
    // Every comment closes where it should: no raw `*/` inside doc text.
    for (const comment of params.match(/\/\*\*[\s\S]*?\*\//g) ?? []) expect(comment.slice(3, -2)).not.toContain('*/');
    const { moduleCalls } = await importJs(files.find((f) => f.path === 'dist/modules.js')?.contents ?? '');
    expect(Object.getPrototypeOf(moduleCalls)).toBe(null);
    expect((moduleCalls as Record<string, unknown>).constructor).toBeUndefined();
    expect(moduleCalls).toMatchObject({ delete: 'csrf', 'upload-thing': 'csrf', class: { sensitive: ['clsfunction'] } });
  });
});
