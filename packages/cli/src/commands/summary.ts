import { countSnapshot } from '@wikispec/snapshot';
import type { CommandModule } from 'yargs';
import { runWithContext } from '../command-context.js';
import { ExitCode } from '../exit-codes.js';
import { readSnapshotFile } from '../files.js';

interface SummaryArgs {
  snapshots: string[];
}

/** `wikispec summary <snapshot…>`: what each snapshot describes, one line per wiki. */
export const summaryCommand: CommandModule<object, SummaryArgs> = {
  command: 'summary <snapshots..>',
  describe: 'Print a one-line summary (wiki, MediaWiki version, module and parameter counts) of each snapshot',
  builder: (yargs) =>
    yargs.positional('snapshots', { type: 'string', array: true, demandOption: true, describe: 'Snapshot files (wikispec snapshots or raw paraminfo responses)' }),
  handler: (args) =>
    runWithContext(args as unknown as Record<string, unknown>, async ({ io }) => {
      for (const path of args.snapshots) {
        const snapshot = await readSnapshotFile(path);
        const counts = countSnapshot(snapshot);
        const name = snapshot.wiki.sitename ?? snapshot.wiki.wikiid ?? path;
        const version = snapshot.wiki.mediawikiVersion ?? 'unknown version';
        io.stdout(`${path}: ${name} (MediaWiki ${version}): ${counts.modules} modules, ${counts.parameters} parameters (+${counts.templatedParameters} templated), ${snapshot.wiki.extensions.length} extensions\n`);
      }
      return ExitCode.Ok;
    }),
};
