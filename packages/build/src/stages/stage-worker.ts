// A worker thread that runs the CPU-bound stages (OpenAPI, client, changes) for `withWorkerStages`.
import { parentPort } from 'node:worker_threads';
import type { Snapshot } from '@wikispec/snapshot';
import { defaultStages } from './default.js';

/** A job sent to a stage worker. */
export type StageJob =
  | { id: number; stage: 'openapi'; snapshot: Snapshot; options: { version: '3.1.0' | '3.0.3'; source: string } }
  | { id: number; stage: 'client'; snapshot: Snapshot; options: { packageName: string; source: string } }
  | { id: number; stage: 'changes'; base: Snapshot; head: Snapshot };

/** A stage worker's answer. */
export type StageAnswer = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: { name: string; message: string; stack?: string; code?: string; hint?: string } };

const stages = defaultStages();

async function run(job: StageJob): Promise<unknown> {
  switch (job.stage) {
    case 'openapi': return stages.openapi(job.snapshot, job.options);
    case 'client': return stages.client(job.snapshot, job.options);
    case 'changes': return stages.changes(job.base, job.head);
  }
}

parentPort?.on('message', (job: StageJob) => {
  run(job).then(
    (value) => parentPort?.postMessage({ id: job.id, ok: true, value } satisfies StageAnswer),
    (error: unknown) => {
      const e = error instanceof Error ? error : new Error(String(error));
      const extra = e as Error & { code?: unknown; hint?: unknown };
      parentPort?.postMessage({
        id: job.id,
        ok: false,
        error: {
          name: e.name,
          message: e.message,
          ...(e.stack === undefined ? {} : { stack: e.stack }),
          ...(typeof extra.code === 'string' ? { code: extra.code } : {}),
          ...(typeof extra.hint === 'string' ? { hint: extra.hint } : {}),
        },
      } satisfies StageAnswer);
    },
  );
});
