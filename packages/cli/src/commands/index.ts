import type { CommandModule } from 'yargs';
import { buildCommand } from './build.js';
import { checkCommand } from './check.js';
import { fetchCommand } from './fetch.js';
import { initCommand } from './init.js';
import { summaryCommand } from './summary.js';

/** Every command, in the order `wikispec --help` lists them. Each lives in its own file. */
export const commands: ReadonlyArray<CommandModule<object, any>> = [
  fetchCommand,
  initCommand,
  buildCommand,
  checkCommand,
  summaryCommand,
];
