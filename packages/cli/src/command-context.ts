import type { CliIo } from './io.js';
import type { ExitCodeValue } from './exit-codes.js';

/** The key under which main() hands each command its context through yargs' parse context. */
export const CONTEXT_KEY = '__wikispecContext';

/** What a command handler receives besides its parsed flags. */
export interface CommandContext {
  io: CliIo;
  exitCode: ExitCodeValue;
}

/** Runs a command body with its context and records the exit code it returns. */
export async function runWithContext(args: Record<string, unknown>, body: (context: CommandContext) => Promise<ExitCodeValue>): Promise<void> {
  const context = args[CONTEXT_KEY] as CommandContext | undefined;
  if (context === undefined) throw new Error('command run outside main(): no context');
  context.exitCode = await body(context);
}
