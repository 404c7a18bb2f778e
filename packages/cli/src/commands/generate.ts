import type { Argv, CommandModule } from 'yargs';
import { generateClientCommand } from './generate-client.js';
import { generateOpenApiCommand } from './generate-openapi.js';

/** Subcommands of `wikispec generate <target>`, one file each. */
const targets: ReadonlyArray<CommandModule<object, any>> = [
  generateOpenApiCommand,
  generateClientCommand,
];

/** `wikispec generate <target>`: generate an artifact from a snapshot. */
export const generateCommand: CommandModule<object, object> = {
  command: 'generate <target>',
  describe: 'Generate an artifact from a snapshot (see wikispec generate --help for targets)',
  builder: (yargs: Argv<object>) => yargs.command([...targets]).demandCommand(1, 'a target is required (see wikispec generate --help)'),
  handler: () => {},
};
