import { mkdtemp, mkdir, readFile, readdir, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputError, safeJoin, writeDirectoryAtomic, writeFileAtomic } from './files.js';

const scratch = () => mkdtemp(join(tmpdir(), 'wikispec-files-'));

describe('atomic writes', () => {
  it('replaces a file and leaves no temporary files', async () => {
    const dir = await scratch();
    const target = join(dir, 'out.json');
    await writeFile(target, 'old');
    await writeFileAtomic(target, 'new');
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['out.json']);
  });

  it('refuses to write over a directory and keeps it', async () => {
    const dir = await scratch();
    await mkdir(join(dir, 'out.json'));
    await expect(writeFileAtomic(join(dir, 'out.json'), 'x')).rejects.toThrow(/out\.json: cannot write output: is a directory/);
    expect(await readdir(dir)).toEqual(['out.json']);
  });

  it('fails cleanly under a path whose parent is a file', async () => {
    const dir = await scratch();
    await writeFile(join(dir, 'file'), 'x');
    await expect(writeFileAtomic(join(dir, 'file', 'out.json'), 'x')).rejects.toBeInstanceOf(OutputError);
    expect(await readdir(dir)).toEqual(['file']);
  });

  it.skipIf(process.getuid?.() === 0)('fails cleanly in an unwritable directory', async () => {
    const dir = await scratch();
    await chmod(dir, 0o500);
    await expect(writeFileAtomic(join(dir, 'out.json'), 'x')).rejects.toThrow(/permission denied/);
  });

  it('swaps a whole directory, removing files that are no longer produced', async () => {
    const dir = await scratch();
    const target = join(dir, 'client');
    await writeDirectoryAtomic(target, [{ path: 'a.ts', contents: '1' }, { path: 'src/b.ts', contents: '2' }]);
    await writeDirectoryAtomic(target, [{ path: 'src/b.ts', contents: '3' }]);
    expect(await readdir(target)).toEqual(['src']);
    expect(await readFile(join(target, 'src/b.ts'), 'utf8')).toBe('3');
    expect((await readdir(dir)).sort()).toEqual(['client']);
  });

  it('keeps the old directory when a file path escapes it', async () => {
    const dir = await scratch();
    const target = join(dir, 'client');
    await writeDirectoryAtomic(target, [{ path: 'a.ts', contents: 'old' }]);
    await expect(writeDirectoryAtomic(target, [{ path: '../evil.ts', contents: 'x' }])).rejects.toThrow(/outputs must stay inside/);
    expect(await readFile(join(target, 'a.ts'), 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['client']);
  });

  it.each(['../x', '/etc/passwd', 'a/../../b', ''])('safeJoin refuses %j', (path) => {
    expect(() => safeJoin('/tmp/out', path)).toThrow(OutputError);
  });
});
