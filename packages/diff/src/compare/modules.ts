import { compareCodeUnits, type Snapshot } from '@wikispec/snapshot';
import type { ModuleDiff, ModuleRef, SnapshotDiff } from '../types.js';
import { changedFields } from './noise.js';
import { diffParameters } from './parameters.js';

/** Options of diffSnapshots (none yet; kept so callers need not change when some appear). */
export type DiffOptions = Record<string, never>;

function moduleRefs(snapshot: Snapshot): Map<string, ModuleRef> {
  return new Map(snapshot.modules.map((module, index) => [module.path, { path: module.path, module, pointer: `/modules/${index}` }]));
}

/** Two snapshots describe different wikis when both name their wiki (wikiid or server) and the names differ. */
export function isDifferentWiki(base: Snapshot, head: Snapshot): boolean {
  for (const key of ['wikiid', 'server'] as const) {
    const a = base.wiki[key];
    const b = head.wiki[key];
    if (a !== undefined && b !== undefined && a !== b) return true;
  }
  return false;
}

/** The structural difference of two snapshots: modules by path, parameters by module path + unprefixed name. */
export function diffSnapshots(base: Snapshot, head: Snapshot, _options: DiffOptions = {}): SnapshotDiff {
  const before = moduleRefs(base);
  const after = moduleRefs(head);
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort(compareCodeUnits);
  const diff: SnapshotDiff = { base, head, differentWikis: isDifferentWiki(base, head), basePaths: new Set(before.keys()), headPaths: new Set(after.keys()), addedModules: [], removedModules: [], modifiedModules: [] };
  for (const path of paths) {
    const b = before.get(path);
    const h = after.get(path);
    if (b === undefined && h !== undefined) diff.addedModules.push(h);
    else if (h === undefined && b !== undefined) diff.removedModules.push(b);
    else if (b !== undefined && h !== undefined) {
      const parameters = diffParameters(b.module, h.module, b.pointer, h.pointer);
      const moduleDiff: ModuleDiff = {
        path,
        base: b.module,
        head: h.module,
        basePointer: b.pointer,
        headPointer: h.pointer,
        changedFields: changedFields(b.module, h.module),
        addedParameters: parameters.added,
        removedParameters: parameters.removed,
        modifiedParameters: parameters.modified,
      };
      diff.modifiedModules.push(moduleDiff);
    }
  }
  return diff;
}
