// Runs `redocly lint --extends=recommended-strict` on many OpenAPI files with ONE CLI process (starting the CLI costs
// about a second; linting a generated document tens of milliseconds), and gives each file its own verdict: its problems,
// or the CLI's crash on it. The CLI stops at a document it crashes on, so the files after it get a run of their own.
import { spawn, type SpawnSyncReturns } from 'node:child_process';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const redocly = join(root, 'node_modules/.bin/redocly');
const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' };

interface LintReport {
  totals: { errors: number; warnings: number };
  problems: Array<{ ruleId: string; message: string; location: Array<{ source: { ref: string }; pointer: string }> }>;
}

/** The verdict on a set of files: how many got a verdict (a report or a crash), and one entry per problem or crash. */
export interface RedoclyResult {
  reports: number;
  failures: Array<{ file: string; problem: string }>;
}

type Output = Pick<SpawnSyncReturns<string>, 'stdout' | 'stderr' | 'status'>;

function args(files: readonly string[]): string[] {
  return ['lint', '--extends=recommended-strict', '--format=json', ...files];
}

/** Reads one CLI run: the per-file reports (in argument order) and, when it crashed, the file it crashed on. */
function readRun(files: readonly string[], output: Output): { reports: LintReport[]; crashed?: { index: number; message: string } } {
  // One JSON report per file, one after another.
  const chunks = output.stdout.replace(/^\}\{$/gm, '}\n\u0000{').split('\u0000').filter((chunk) => chunk.trimStart().startsWith('{'));
  const reports = chunks.map((chunk) => JSON.parse(chunk) as LintReport);
  if (reports.length === files.length) return { reports };
  const crash = /Something went wrong when processing (.+?):\n\s*\n?\s*-?\s*(.*)/.exec(output.stderr);
  const index = crash === null ? -1 : files.findIndex((file) => file === crash[1] || basename(file) === basename(crash[1] as string));
  if (crash === null || index !== reports.length) {
    throw new Error(`redocly printed ${reports.length} reports for ${files.length} files (exit ${output.status}): ${output.stderr.slice(-2000)}`);
  }
  return { reports, crashed: { index, message: (crash[2] as string).trim() } };
}

function verdicts(files: readonly string[], reports: readonly LintReport[]): RedoclyResult['failures'] {
  return reports.flatMap((report, index) => {
    const file = files[index] as string;
    const problems = report.problems.map((problem) => ({ file, problem: `${problem.ruleId}: ${problem.message} (${problem.location[0]?.pointer ?? ''})` }));
    if (problems.length === 0 && report.totals.errors + report.totals.warnings > 0) problems.push({ file, problem: `${report.totals.errors} errors, ${report.totals.warnings} warnings` });
    return problems;
  });
}

/**
 * Lints files (paths relative to `cwd` or absolute) in a child process without blocking, so the caller can prepare the
 * next batch meanwhile.
 */
export async function redoclyLint(cwd: string, files: readonly string[]): Promise<RedoclyResult> {
  const run = (batch: readonly string[]) =>
    new Promise<Output>((resolve, reject) => {
      const child = spawn(redocly, args(batch), { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
      const stdout: Buffer[] = [];
      const stderr: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
      child.on('error', reject);
      child.on('close', (status) => resolve({ stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8'), status }));
    });
  const result: RedoclyResult = { reports: 0, failures: [] };
  for (let rest = [...files]; rest.length > 0; ) {
    const { reports, crashed } = readRun(rest, await run(rest));
    result.reports += reports.length;
    result.failures.push(...verdicts(rest, reports));
    if (crashed === undefined) break;
    result.reports += 1;
    result.failures.push({ file: rest[crashed.index] as string, problem: `redocly crashed: ${crashed.message}` });
    rest = rest.slice(crashed.index + 1);
  }
  return result;
}
