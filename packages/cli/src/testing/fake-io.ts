import type { CliIo } from '../io.js';

/** An in-memory CliIo for tests: collects what a command prints. */
export interface FakeIo extends CliIo {
  out: string;
  err: string;
}

/** Makes a FakeIo rooted at `cwd`. */
export function fakeIo(options: { cwd?: string; env?: Record<string, string | undefined>; tty?: boolean; signal?: AbortSignal } = {}): FakeIo {
  const io: FakeIo = {
    out: '',
    err: '',
    stdout: (text) => {
      io.out += text;
    },
    stderr: (text) => {
      io.err += text;
    },
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {},
    stdoutIsTTY: options.tty ?? false,
    stderrIsTTY: options.tty ?? false,
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  };
  return io;
}
