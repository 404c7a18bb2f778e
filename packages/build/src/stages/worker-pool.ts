import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { WikispecError } from '@wikispec/snapshot';
import type { BuildStages } from '../stages.js';
import type { StageAnswer, StageJob } from './stage-worker.js';

/** Stages whose CPU-bound work runs in worker threads; `close()` ends the workers. */
export interface PooledStages extends BuildStages {
  close(): Promise<void>;
}

type JobInput = StageJob extends infer J ? (J extends { id: number } ? Omit<J, 'id'> : never) : never;

const workerUrl = new URL('./stage-worker.js', import.meta.url);

/** Whether worker threads can run the stages here (compiled output only: tests run TypeScript sources directly). */
export function canUseWorkers(): boolean {
  return fileURLToPath(import.meta.url).endsWith('.js');
}

/** How many stage workers to use for `wikiCount` wikis by default: one per core, at most one per wiki. */
export function defaultWorkerCount(wikiCount: number): number {
  return Math.max(0, Math.min(availableParallelism(), wikiCount));
}

/**
 * Runs the OpenAPI, client and changes stages of `stages`' real implementations in `count` worker threads (the
 * fetch stage stays on the main thread: it waits on the network, not the CPU). Jobs go to the least busy worker.
 */
export function withWorkerStages(stages: BuildStages, count: number): PooledStages {
  const workers = Array.from({ length: count }, () => ({ worker: new Worker(workerUrl), busy: 0 }));
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: unknown) => void }>();
  let nextId = 0;
  for (const slot of workers) {
    slot.worker.unref();
    slot.worker.on('message', (answer: StageAnswer) => {
      const waiter = pending.get(answer.id);
      if (waiter === undefined) return;
      pending.delete(answer.id);
      slot.busy--;
      if (answer.ok) waiter.resolve(answer.value);
      else {
        const error = new WikispecError(answer.error.code ?? 'stage-failed', answer.error.message, answer.error.hint === undefined ? {} : { hint: answer.error.hint });
        error.name = answer.error.name;
        if (answer.error.stack !== undefined) error.stack = answer.error.stack;
        waiter.reject(error);
      }
    });
    slot.worker.on('error', (error) => {
      for (const [id, waiter] of pending) {
        pending.delete(id);
        waiter.reject(error);
      }
    });
  }
  const submit = <T>(job: JobInput): Promise<T> => {
    const slot = workers.reduce((best, candidate) => (candidate.busy < best.busy ? candidate : best));
    const id = nextId++;
    slot.busy++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      slot.worker.postMessage({ ...job, id });
    });
  };
  return {
    fetch: stages.fetch,
    openapi: (snapshot, options) => submit({ stage: 'openapi', snapshot, options }),
    client: (snapshot, options) => submit({ stage: 'client', snapshot, options }),
    changes: (base, head) => submit({ stage: 'changes', base, head }),
    close: async () => {
      await Promise.all(workers.map((slot) => slot.worker.terminate()));
    },
  };
}
