import { serializeSnapshot, type Snapshot } from '@wikispec/snapshot';
import { sha256 } from './hash.js';
import type { BuildStages } from './stages.js';

/**
 * Content-addressed sharing of whole-stage outputs: wikis whose snapshots (and stage options) are byte-identical get
 * one computation. Keys are SHA-256 of the canonical snapshot bytes plus the options, so a hit is always exact.
 */
export function withStageCache(stages: BuildStages, memo: Map<string, Promise<unknown>> = new Map()): BuildStages {
  const keyOf = new WeakMap<Snapshot, string>();
  const snapshotKey = (snapshot: Snapshot): string => {
    let key = keyOf.get(snapshot);
    if (key === undefined) {
      key = sha256(serializeSnapshot(snapshot));
      keyOf.set(snapshot, key);
    }
    return key;
  };
  const once = <T>(key: string, compute: () => Promise<T>): Promise<T> => {
    let hit = memo.get(key) as Promise<T> | undefined;
    if (hit === undefined) {
      hit = compute();
      memo.set(key, hit);
      // A failure is not cached: the next wiki retries (and reports its own error).
      hit.catch(() => memo.delete(key));
    }
    return hit;
  };
  return {
    fetch: stages.fetch,
    openapi: (snapshot, options) => once(`openapi\0${snapshotKey(snapshot)}\0${options.version}\0${options.source}`, () => stages.openapi(snapshot, options)),
    client: (snapshot, options) => once(`client\0${snapshotKey(snapshot)}\0${options.packageName}\0${options.source}`, () => stages.client(snapshot, options)),
    changes: (base, head) => once(`changes\0${snapshotKey(base)}\0${snapshotKey(head)}`, () => stages.changes(base, head)),
  };
}
