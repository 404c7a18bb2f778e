import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { SnapshotError, parseSnapshot, type Snapshot } from '@wikispec/snapshot';

/** Reads a text file, or undefined when it does not exist (other errors propagate). */
export async function readOptionalText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new SnapshotError(`cannot read: ${(error as Error).message}`, { source: path, code: 'unreadable-input', cause: error });
  }
}

/** Reads and validates a snapshot file, or undefined when it does not exist. */
export async function readOptionalSnapshot(path: string): Promise<Snapshot | undefined> {
  const text = await readOptionalText(path);
  return text === undefined ? undefined : parseSnapshot(text, { source: path });
}

/** Reads a snapshot file that must exist. */
export async function readSnapshotFile(path: string): Promise<Snapshot> {
  const snapshot = await readOptionalSnapshot(path);
  if (snapshot === undefined) throw new SnapshotError('cannot read: no such file', { source: path, code: 'unreadable-input' });
  return snapshot;
}

/** Every file under `directory` (relative paths with `/`, code-unit sorted), or [] when it does not exist. */
export async function listFiles(directory: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (relative: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(join(directory, relative), { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (const entry of entries) {
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) await walk(path);
      else out.push(path);
    }
  };
  await walk('');
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
