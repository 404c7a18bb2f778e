import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, normalize, resolve, sep } from 'node:path';
import { SnapshotError, WikispecError, parseSnapshot, type Snapshot } from '@wikispec/snapshot';

/** A file to write, relative to an output directory. */
export interface OutputFile {
  path: string;
  contents: string | Uint8Array;
}

/** Raised when an output cannot be written; nothing was changed. */
export class OutputError extends WikispecError {
  override name = 'OutputError';
  constructor(message: string, options: { cause?: unknown; hint?: string } = {}) {
    super('output', message, options);
  }
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    // mkdir -p reports EEXIST when a component of the path is a file.
    case 'EEXIST':
    case 'ENOTDIR': return 'a parent path is a file, not a directory';
    case 'EROFS': return 'read-only file system';
    case 'ENOSPC': return 'no space left on device';
    default: return error instanceof Error ? error.message : String(error);
  }
}

/** Reads a text input file, with a one-line error naming it when it is missing or unreadable. */
export async function readTextFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new SnapshotError(`cannot read: ${describeFsError(error)}`, { source: path, code: 'unreadable-input', cause: error });
  }
}

/** Reads and validates a snapshot (or raw paraminfo) file. */
export async function readSnapshotFile(path: string): Promise<Snapshot> {
  return parseSnapshot(await readTextFile(path), { source: path });
}

function temporarySibling(target: string): string {
  return join(dirname(target), `.${target.split(sep).pop() ?? 'out'}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
}

/** Writes one file atomically: a temporary sibling, then rename, so readers see the old or the new file, never half. */
export async function writeFileAtomic(target: string, contents: string | Uint8Array): Promise<void> {
  const temporary = temporarySibling(target);
  try {
    const existing = await stat(target).catch(() => undefined);
    if (existing?.isDirectory()) throw new OutputError(`${target}: cannot write output: is a directory`);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(temporary, contents);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    if (error instanceof WikispecError) throw error;
    throw new OutputError(`${target}: cannot write output: ${describeFsError(error)}`, { cause: error });
  }
}

/** Rejects relative paths that would escape their output directory (`../x`, absolute paths). */
export function safeJoin(directory: string, relativePath: string): string {
  if (relativePath === '' || isAbsolute(relativePath) || normalize(relativePath).split(/[\\/]/).includes('..')) {
    throw new OutputError(`refusing to write ${JSON.stringify(relativePath)}: outputs must stay inside ${directory}`);
  }
  const full = resolve(directory, relativePath);
  if (!full.startsWith(resolve(directory) + sep)) {
    throw new OutputError(`refusing to write ${JSON.stringify(relativePath)}: outputs must stay inside ${directory}`);
  }
  return full;
}

/**
 * Replaces a whole directory atomically: the files are written into a temporary sibling directory, which then takes
 * the target's place (the old directory is moved aside first and removed last).
 */
export async function writeDirectoryAtomic(target: string, files: readonly OutputFile[]): Promise<void> {
  const staging = temporarySibling(target);
  const retired = `${staging}-old`;
  try {
    const existing = await stat(target).catch(() => undefined);
    if (existing !== undefined && !existing.isDirectory()) throw new OutputError(`${target}: cannot write output directory: a file is in the way`);
    await mkdir(staging, { recursive: true });
    for (const file of files) {
      const path = safeJoin(staging, file.path);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.contents);
    }
    if (existing !== undefined) await rename(target, retired);
    try {
      await rename(staging, target);
    } catch (error) {
      if (existing !== undefined) await rename(retired, target);
      throw error;
    }
    await rm(retired, { recursive: true, force: true });
  } catch (error) {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    if (error instanceof WikispecError) throw error;
    throw new OutputError(`${target}: cannot write output: ${describeFsError(error)}`, { cause: error });
  }
}
