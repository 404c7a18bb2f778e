import { resolve } from 'node:path';
import type { CommandModule } from 'yargs';
import { runWithContext } from '../command-context.js';
import { ExitCode } from '../exit-codes.js';
import { readSnapshotFile, writeDirectoryAtomic } from '../files.js';

interface GenerateClientArgs {
  snapshot: string;
  output: string;
  name?: string;
}

/** `wikispec generate client <snapshot> -o <dir> [--name <package name>]`: a typed TypeScript client package. */
export const generateClientCommand: CommandModule<object, GenerateClientArgs> = {
  command: 'client <snapshot>',
  describe: 'Generate a typed TypeScript client package (sources, compiled JS and .d.ts, README) from a snapshot',
  builder: (yargs) =>
    yargs
      .positional('snapshot', { type: 'string', demandOption: true, describe: 'Snapshot file (wikispec snapshot or raw paraminfo)' })
      .option('output', { alias: 'o', type: 'string', demandOption: true, describe: 'Package directory to write (replaced atomically)' })
      .option('name', { type: 'string', describe: 'npm package name (default @wikispec-client/<wikiid>)' }),
  handler: (args) =>
    runWithContext(args as unknown as Record<string, unknown>, async ({ io }) => {
      const snapshot = await readSnapshotFile(resolve(io.cwd, args.snapshot));
      // Loaded here, not at the top: codegen brings ts-morph and prettier, about a second of start-up that every
      // other command would otherwise pay.
      const { generateClient } = await import('@wikispec/codegen');
      const files = await generateClient(snapshot, {
        source: args.snapshot,
        ...(args.name === undefined ? {} : { packageName: args.name }),
      });
      const target = resolve(io.cwd, args.output);
      await writeDirectoryAtomic(target, files);
      io.stdout(`wrote ${files.length} files to ${args.output}\n`);
      return ExitCode.Ok;
    }),
};
