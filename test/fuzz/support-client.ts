// The client generator's fuzz properties, shared by client.test.ts and client-odd.test.ts: generation is deterministic
// and pure, and every generated package compiles under tsc --strict (plus noUncheckedIndexedAccess), sources and
// emitted .d.ts alike.
//
// Generating a client is the expensive part (prettier, declaration emit), so:
// - The cases are split between the two files by position (even / odd case of the one seed), so vitest checks them on
//   two cores; each file still draws every case of the run, and after a failure it checks every shrunk value.
// - The determinism property hands its first generation of each case to a compile queue: packages are written to
//   test-artifacts/fuzz-client-<shard>/ and type-checked 20 per TypeScript program (deleted once clean), and the
//   verdict is kept per case (keyed by the serialized snapshot). The compile property then runs the same cases (same
//   seed, same arbitrary) and looks each verdict up; a case the queue has not seen (e.g. when only the compile property
//   runs) is generated and compiled on the spot.
// - Every program shares the parsed lib and runtime source files, so no program re-parses lib.dom.d.ts.
import { createHash } from 'node:crypto';
import { appendFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { generateClient, type GeneratedFile } from '@wikispec/codegen';
import { serializeSnapshot, type Snapshot } from '@wikispec/snapshot';
import { fuzzParameters, fuzzRuns, snapshotArbitrary } from '../support/arbitraries.js';
import { clientCompilerOptions, formatDiagnostic, repoRoot as root, writeFiles } from '../support/tsc-options.js';

/** Generated packages go to test-artifacts/fuzz-client-<name>/ (every path under this prefix is type-checked). */
const out = join(root, 'test-artifacts', 'fuzz-client');

/** The directory for one file's packages. */
export const packagesDir = (name: string): string => `${out}-${name}`;

const options = clientCompilerOptions();

// One compiler host for every program: source files outside test-artifacts/fuzz-client (TypeScript's libs, the runtime
// sources) are parsed once and shared, as a language service shares them between programs.
const host = ts.createCompilerHost(options);
const sharedFiles = new Map<string, ts.SourceFile | undefined>();
const readSourceFile = host.getSourceFile.bind(host);
host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
  if (fileName.startsWith(out)) return readSourceFile(fileName, languageVersion, onError, shouldCreate);
  if (!sharedFiles.has(fileName)) sharedFiles.set(fileName, readSourceFile(fileName, languageVersion, onError, shouldCreate));
  return sharedFiles.get(fileName);
};

/**
 * Type-checks packages in one program; returns the diagnostics per package directory. Only files under `out` are
 * checked (the lib and runtime files are the toolchain's own; diagnostics in them were never the generator's).
 */
export function typecheck(dirs: readonly string[], roots: (dir: string) => string[] = (dir) => [join(dir, 'src/index.ts'), join(dir, 'dist/index.d.ts')]): Map<string, string[]> {
  const program = ts.createProgram(dirs.flatMap(roots), options, host);
  const diagnostics = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()];
  for (const file of program.getSourceFiles()) {
    if (file.fileName.startsWith(out)) diagnostics.push(...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file));
  }
  const byDir = new Map(dirs.map((dir) => [dir, [] as string[]]));
  for (const d of diagnostics) {
    const message = formatDiagnostic(d);
    const owners = dirs.filter((dir) => d.file?.fileName.startsWith(`${dir}/`));
    for (const dir of owners.length > 0 ? owners : dirs) byDir.get(dir)?.push(message);
  }
  return byDir;
}

export function writePackage(dir: string, files: readonly GeneratedFile[], snapshot: Snapshot): void {
  writeFiles(dir, files);
  writeFileSync(join(dir, 'snapshot.json'), serializeSnapshot(snapshot));
}

/**
 * The snapshots of the client properties: the full arbitrary (every name, type, flag, enum, templated parameter and
 * tree depth), with at most 3 action trees besides `query` instead of 5 (at least 2, as always). Generating a client
 * costs about 0.2 s and grows with the module count; with two generations per case this keeps 10,000 cases within
 * `pnpm fuzz`'s hour on 2 cores.
 */
const clientSnapshots = () => snapshotArbitrary({ maxActions: 3 });

const caseKey = (snapshot: Snapshot) => createHash('sha256').update(serializeSnapshot(snapshot)).digest('hex');

/** Packages type-checked per TypeScript program. */
const BATCH = 20;

/** Time limit of each client property: vitest's for the fuzz project, but hours under `pnpm fuzz` on shared cores. */
const TIMEOUT = process.env.FUZZ_RUNS ? 4 * 3_600_000 : 600_000;

/** Defines the client fuzz properties for the cases of one shard (`shard` of `shards`, by case position). */
export function clientFuzz(shard: number, shards: number, name: string): void {
  const dir = packagesDir(name);
  /** Compile verdicts per case (diagnostics; empty = compiles), filled in batches. */
  const verdicts = new Map<string, string[]>();
  const queued: Array<{ key: string; dir: string }> = [];
  let packages = 0;

  /** Under `pnpm fuzz`, a line in test-artifacts/fuzz-client-<name>.log (a long run can be followed while it runs). */
  function progress(line: string): void {
    if (process.env.FUZZ_RUNS) appendFileSync(`${dir}.log`, `${new Date().toISOString()} ${line}\n`);
  }

  function flush(): void {
    const batch = queued.splice(0);
    if (batch.length === 0) return;
    const byDir = typecheck(batch.map((entry) => entry.dir));
    for (const entry of batch) {
      const diagnostics = byDir.get(entry.dir) ?? [];
      verdicts.set(entry.key, diagnostics);
      // A failing package stays on disk (with its snapshot.json) for reproduction.
      if (diagnostics.length === 0) rmSync(entry.dir, { recursive: true, force: true });
      else progress(`does not compile: ${entry.dir.replace(root, '')}: ${diagnostics[0]}`);
    }
  }

  /** Queues a generated package for type-checking; checks a batch when BATCH are waiting. */
  function enqueue(snapshot: Snapshot, files: readonly GeneratedFile[], key = caseKey(snapshot)): void {
    if (verdicts.has(key) || queued.some((entry) => entry.key === key)) return;
    const packageDir = join(dir, `case-${packages++}`);
    writePackage(packageDir, files, snapshot);
    queued.push({ key, dir: packageDir });
    if (queued.length >= BATCH) flush();
  }

  /**
   * A predicate that checks only this shard's cases (by position in the run) until one fails, and then every value
   * fast-check tries while shrinking. Counts the cases it checked.
   */
  function sharded<T>(label: string, check: (value: T, position: number) => Promise<void>): { predicate: (value: T) => Promise<void>; checked: () => number } {
    let position = 0;
    let checked = 0;
    let failing = false;
    return {
      predicate: async (value) => {
        const at = position++;
        if (!failing && at % shards !== shard) return;
        checked += 1;
        if (checked % 250 === 0) progress(`${label}: ${checked} cases checked (position ${at})`);
        try {
          await check(value, at);
        } catch (error) {
          if (!failing) progress(`${label}: case at position ${at} fails: ${String(error).slice(0, 500)}`);
          failing = true;
          throw error;
        }
      },
      checked: () => checked,
    };
  }

  /** Cases of the compile property (the determinism property queues the first generation of each for it). */
  const compileRuns = fuzzRuns(8);

  describe(`client generator (fuzz, cases ${shard} mod ${shards})`, () => {
    it('is deterministic and leaves the snapshot untouched', async () => {
      rmSync(dir, { recursive: true, force: true });
      rmSync(`${dir}.log`, { force: true });
      const property = sharded<Snapshot>('determinism', async (snapshot, position) => {
        const before = serializeSnapshot(snapshot);
        const first = await generateClient(snapshot, { packageName: 'fuzz-client' });
        const second = await generateClient(snapshot, { packageName: 'fuzz-client' });
        expect(second).toEqual(first);
        expect(serializeSnapshot(snapshot)).toBe(before);
        for (const file of first) expect(file.contents, file.path).not.toMatch(/\/(?:home|tmp|work|root)\//);
        // For the compile property below (which runs the first compileRuns cases).
        if (position < compileRuns) enqueue(snapshot, first);
      });
      await fc.assert(fc.asyncProperty(clientSnapshots(), property.predicate), fuzzParameters(5));
      flush();
      if (process.env.FUZZ_RUNS) console.log(`client determinism, cases ${shard} mod ${shards}: ${property.checked()} cases checked`);
    }, TIMEOUT);

    it('every generated package compiles under tsc --strict (checked 20 packages per program)', async () => {
      let reused = 0;
      const property = sharded<Snapshot>('compile', async (snapshot) => {
        const key = caseKey(snapshot);
        let diagnostics = verdicts.get(key);
        if (diagnostics === undefined) {
          enqueue(snapshot, await generateClient(snapshot, { packageName: 'fuzz-client' }), key);
          flush();
          diagnostics = verdicts.get(key) ?? ['(no verdict)'];
        } else reused += 1;
        expect(diagnostics.slice(0, 30)).toEqual([]);
      });
      await fc.assert(fc.asyncProperty(clientSnapshots(), property.predicate), { ...fuzzParameters(8), numRuns: compileRuns });
      if (process.env.FUZZ_RUNS) console.log(`client compile, cases ${shard} mod ${shards}: ${property.checked()} cases checked, ${reused} verdicts from the determinism property`);
    }, TIMEOUT);
  });
}
