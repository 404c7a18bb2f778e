#!/usr/bin/env node
import { hideBin } from 'yargs/helpers';
import { processIo } from './io.js';
import { main } from './main.js';

// SIGINT/SIGTERM abort the signal instead of killing the process, so commands finish or undo their current atomic
// write; a second signal exits at once.
const controller = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (controller.signal.aborted) process.exit(130);
    controller.abort(new Error(`interrupted by ${signal}`));
  });
}
process.exitCode = await main(hideBin(process.argv), processIo(controller.signal));
