import type { CommandModule } from 'yargs';
import { fetchCommand } from './fetch.js';
import { summaryCommand } from './summary.js';

/** Every command, in the order `wikispec --help` lists them. Each lives in its own file. */
export const commands: ReadonlyArray<CommandModule<object, any>> = [
  fetchCommand,
  summaryCommand,
];
