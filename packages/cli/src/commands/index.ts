import type { CommandModule } from 'yargs';
import { buildCommand } from './build.js';
import { checkCommand } from './check.js';
import { diffCommand } from './diff.js';
import { fetchCommand } from './fetch.js';
import { generateCommand } from './generate.js';
import { initCommand } from './init.js';
import { summaryCommand } from './summary.js';

/** Every command, in the order `wikispec --help` lists them. Each lives in its own file. */
export const commands: ReadonlyArray<CommandModule<object, any>> = [
  fetchCommand,
  generateCommand,
  diffCommand,
  initCommand,
  buildCommand,
  checkCommand,
  summaryCommand,
];
