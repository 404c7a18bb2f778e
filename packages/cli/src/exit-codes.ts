/** Stable process exit codes; documented in the README and relied on by CI gates. */
export const ExitCode = {
  /** Success, and no findings at or above --fail-on. */
  Ok: 0,
  /** Findings at or above the --fail-on level (diff, check). */
  Findings: 1,
  /** Bad command line: unknown flag, missing argument, conflicting options. */
  Usage: 2,
  /** Invalid input or output: missing or malformed snapshot, config, unwritable output path. */
  InvalidInput: 3,
  /** Network or wiki API failure: unreachable wiki, HTTP error, API error, not a MediaWiki. */
  Remote: 4,
  /** A bug in wikispec. */
  Internal: 70,
} as const;

/** One of the documented exit codes. */
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];
