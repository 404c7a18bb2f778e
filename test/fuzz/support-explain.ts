// "Explained": every change in the diff package's structural diff (diffSnapshots) must be covered by at least one
// finding of checkSnapshots (help text included with includeDocs). A change is covered when a finding's location
// points into the changed thing: the module or parameter itself, or the changed field (`…/prefix`, `…/default`,
// `…/type/3`). Noise fields (index, classname, source, licence, helpurls, examples, info) are not changes.
import { checkSnapshots, diffSnapshots, type Finding } from '@wikispec/diff';
import type { Snapshot } from '@wikispec/snapshot';

/** One structural change, and the JSON pointers (into base or head) a finding may point at to explain it. */
export interface Change {
  what: string;
  module: string;
  parameter?: string;
  /** Pointers into base (`base:`) or head (`head:`) that explain the change when a finding points at or under them. */
  anchors: string[];
}

/** Every change of the structural diff, as a flat list. */
export function structuralChanges(base: Snapshot, head: Snapshot): Change[] {
  const diff = diffSnapshots(base, head);
  const changes: Change[] = [];
  for (const added of diff.addedModules) changes.push({ what: 'module added', module: added.path, anchors: [`head:${added.pointer}`] });
  for (const removed of diff.removedModules) changes.push({ what: 'module removed', module: removed.path, anchors: [`base:${removed.pointer}`] });
  for (const module of diff.modifiedModules) {
    for (const field of module.changedFields) {
      changes.push({ what: `module ${field}`, module: module.path, anchors: [`head:${module.headPointer}/${field}`, `base:${module.basePointer}/${field}`] });
    }
    for (const added of module.addedParameters) {
      changes.push({ what: 'parameter added', module: module.path, parameter: added.wireName, anchors: [`head:${added.pointer}`] });
    }
    for (const removed of module.removedParameters) {
      changes.push({ what: 'parameter removed', module: module.path, parameter: removed.wireName, anchors: [`base:${removed.pointer}`] });
    }
    for (const parameter of module.modifiedParameters) {
      for (const field of parameter.changedFields) {
        changes.push({
          what: `parameter ${field}${field === 'type' && Array.isArray(parameter.base.type) && Array.isArray(parameter.head.type) ? ' (enum values)' : ''}`,
          module: module.path,
          parameter: parameter.headWireName,
          anchors: [`head:${parameter.headPointer}/${field}`, `base:${parameter.basePointer}/${field}`],
        });
      }
      // A prefix change renames every wire name: the module's prefix finding explains it, not each parameter.
    }
  }
  return changes;
}

function pointsInto(finding: Finding, anchor: string): boolean {
  const [side, pointer] = anchor.split(/:(.*)/s) as [string, string];
  if (finding.location.snapshot !== side) return false;
  return finding.location.pointer === pointer || finding.location.pointer.startsWith(`${pointer}/`);
}

/** Strips the field from a field anchor: `head:/modules/3/parameters/2/default` -> `head:/modules/3/parameters/2`. */
function owner(anchor: string): string {
  return anchor.replace(/\/[^/]+$/, '');
}

/**
 * The changes no finding explains. `strict`: the finding must point at the changed field itself; otherwise (the
 * property's definition) a finding pointing anywhere into the changed module or parameter explains its field changes,
 * and a submodule parameter's value/map change is explained by module-level findings about the modules it gained or
 * lost (added, removed, generator flag changed).
 */
export function unexplainedChanges(base: Snapshot, head: Snapshot, mode: 'strict' | 'thing' = 'thing'): { changes: Change[]; findings: Finding[]; unexplained: Change[] } {
  const report = checkSnapshots(base, head, { now: new Date('2026-01-01T00:00:00Z'), includeDocs: true });
  const changes = structuralChanges(base, head);
  // A submodule parameter's values follow the module tree: they change when a module is added or removed, or gains or
  // loses the generator flag. Such a change is explained by a finding about that module.
  const explainedModules = new Set([
    ...changes.filter((change) => change.what.startsWith('module added') || change.what.startsWith('module removed')).map((change) => change.module),
    ...report.findings.filter((finding) => finding.parameter === undefined).map((finding) => finding.module),
  ]);
  const explains = (change: Change) => {
    if (report.findings.some((finding) => change.anchors.some((anchor) => pointsInto(finding, anchor)))) return true;
    if (mode === 'strict') return false;
    if (change.what.startsWith('module ') && !change.what.startsWith('module added') && !change.what.startsWith('module removed')) {
      if (report.findings.some((finding) => change.anchors.some((anchor) => pointsInto(finding, owner(anchor))) && finding.parameter === undefined)) return true;
    }
    if (change.what.startsWith('parameter ') && change.anchors.length === 2) {
      if (report.findings.some((finding) => change.anchors.some((anchor) => pointsInto(finding, owner(anchor))))) return true;
      if ((change.what.startsWith('parameter type') || change.what === 'parameter submodules') && submoduleChangeExplained(base, head, change, explainedModules)) return true;
    }
    return false;
  };
  const unexplained = changes.filter((change) => !explains(change));
  return { changes, findings: report.findings, unexplained: unexplained.filter((change) => !(change.what.startsWith('module added') || change.what.startsWith('module removed')) || !explains(change)) };
}

/** A submodule parameter whose values changed only because modules were added or removed (each with its finding). */
function submoduleChangeExplained(base: Snapshot, head: Snapshot, change: Change, changedModules: ReadonlySet<string>): boolean {
  // The parameter on each side, by the structural diff's own pointers (`…/modules/3/parameters/2/type`): its wire name
  // may differ between the sides (a prefix change in the same pair).
  const find = (snapshot: Snapshot, side: 'base' | 'head') => {
    const anchor = change.anchors.find((candidate) => candidate.startsWith(`${side}:`));
    const match = anchor === undefined ? null : /^\w+:\/modules\/(\d+)\/parameters\/(\d+)\//.exec(anchor);
    return match === null ? undefined : snapshot.modules[Number(match[1])]?.parameters[Number(match[2])];
  };
  const before = find(base, 'base');
  const after = find(head, 'head');
  if (before?.submodules === undefined && after?.submodules === undefined) return false;
  const paths = (map: Record<string, string> | undefined) => new Set(Object.values(map ?? {}));
  const a = paths(before?.submodules);
  const b = paths(after?.submodules);
  const moved = [...a].filter((path) => !b.has(path)).concat([...b].filter((path) => !a.has(path)));
  const valuesA = new Set(Array.isArray(before?.type) ? before.type : []);
  const valuesB = new Set(Array.isArray(after?.type) ? after.type : []);
  const plainValueChange = [...valuesA].some((value) => !valuesB.has(value) && before?.submodules?.[value] === undefined) || [...valuesB].some((value) => !valuesA.has(value) && after?.submodules?.[value] === undefined);
  return !plainValueChange && moved.length > 0 && moved.every((path) => changedModules.has(path));
}
