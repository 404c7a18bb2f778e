import { pointerTo, type ApiModule, type ApiParameter } from '@wikispec/snapshot';
import { stableJson } from './compare/noise.js';
import { configurationSource, mirrorsModuleTree } from './configuration.js';
import type { FindingDraft, ModuleDiff, ParameterDiff, SnapshotDiff } from './types.js';

/** How a caller names a module: `list=allpages`, `action=parse`, `format=json`, or the path for `main`. */
export function moduleLabel(module: Pick<ApiModule, 'path' | 'name' | 'group'>): string {
  if (module.path === 'main') return 'the main module';
  return module.group === undefined ? module.path : `${module.group}=${module.name}`;
}

/** A module as messages name it: `list=allpages (query+allpages)`, `action=parse`, `the main module`. */
export function moduleRef(module: Pick<ApiModule, 'path' | 'name' | 'group'>): string {
  const label = moduleLabel(module);
  return label === module.path || module.path === 'main' || module.path === module.name ? label : `${label} (${module.path})`;
}

/** A value as it reads in a message: strings quoted, lists joined. */
export function show(value: unknown): string {
  if (value === undefined) return '(none)';
  if (Array.isArray(value)) return value.length === 0 ? '(empty list)' : value.map((item) => show(item)).join(', ');
  if (typeof value === 'object' && value !== null) return stableJson(value);
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** Every module present on both sides. */
export function commonModules(diff: SnapshotDiff): readonly ModuleDiff[] {
  return diff.modifiedModules;
}

/** Every parameter (templated ones included) present on both sides, module by module. */
export function* commonParameters(diff: SnapshotDiff): Generator<ParameterDiff> {
  for (const module of diff.modifiedModules) yield* module.modifiedParameters;
}

/**
 * Whether a value selects a submodule that the snapshot holds (`action=parse`, `list=allpages`): the module rules
 * report those. Values whose module the snapshot lacks (an excerpt of a wiki) stay with the value rules.
 */
export function isSubmoduleValue(parameter: ApiParameter, value: string, paths: ReadonlySet<string>): boolean {
  const path = parameter.submodules?.[value];
  return path !== undefined && Object.hasOwn(parameter.submodules ?? {}, value) && paths.has(path);
}

/**
 * Whether a module rule reports the flag change of the submodule a value selects (module-became-deprecated or
 * module-became-internal), so the value rule need not.
 */
export function submoduleFlagReported(diff: SnapshotDiff, parameter: ApiParameter, value: string, flag: 'deprecated' | 'internal'): boolean {
  const path = parameter.submodules?.[value];
  if (path === undefined || !Object.hasOwn(parameter.submodules ?? {}, value)) return false;
  const module = diff.modifiedModules.find((candidate) => candidate.path === path);
  return module !== undefined && module.head[flag] === true && module.base[flag] !== true;
}

/** Whether value rules should look at a parameter at all (not a mirror of the module tree). */
export function valueRulesApply(diff: ParameterDiff): boolean {
  return !mirrorsModuleTree(diff.modulePath, diff.name);
}

/** The configuration classification to attach to a value finding, if any. */
export function valueSource(diff: ParameterDiff): { configurationSource?: string } {
  const source = configurationSource(diff.modulePath, diff.name);
  return source === undefined ? {} : { configurationSource: source };
}

/** Pointer to one enum value of a parameter. */
export function valuePointer(parameterPointer: string, index: number | undefined): string {
  return index === undefined ? parameterPointer : pointerTo(`${parameterPointer}/type`, index);
}

/** A parameter finding located in head. */
export function headParameterFinding(diff: ParameterDiff, message: string, extra: Partial<FindingDraft> = {}): FindingDraft {
  return { module: diff.modulePath, parameter: diff.headWireName, message, location: { snapshot: 'head', pointer: diff.headPointer }, ...extra };
}

/** Word for a parameter in messages: templated parameters say so. */
export function parameterNoun(templated: boolean): string {
  return templated ? 'templated parameter' : 'parameter';
}

/** Where a parameter field lives: in head when head has it, otherwise (it was removed) in base. */
export function fieldLocation(diff: ParameterDiff, field: string): FindingDraft['location'] {
  return diff.head[field] !== undefined ? { snapshot: 'head', pointer: `${diff.headPointer}/${field}` } : { snapshot: 'base', pointer: `${diff.basePointer}/${field}` };
}

/** Where a module field lives: in head when head has it, otherwise in base. */
export function moduleFieldLocation(module: ModuleDiff, field: string): FindingDraft['location'] {
  return module.head[field] !== undefined ? { snapshot: 'head', pointer: `${module.headPointer}/${field}` } : { snapshot: 'base', pointer: `${module.basePointer}/${field}` };
}

/** Numeric upper limits of a parameter that went down (or appeared), with the finding's detail, values and location. */
export function loweredUpperLimits<K extends 'max' | 'highmax' | 'maxbytes' | 'maxchars'>(
  diff: ParameterDiff,
  keys: readonly K[],
): Pick<FindingDraft, 'before' | 'after' | 'location'> & { detail: string } | undefined {
  const lowered = keys.filter((key) => {
    const after = diff.head[key];
    const before = diff.base[key];
    return after !== undefined && (before === undefined || after < before);
  });
  const first = lowered[0];
  if (first === undefined) return undefined;
  return {
    detail: lowered.map((key) => `${key} ${diff.base[key] ?? '(none)'} -> ${diff.head[key]}`).join(', '),
    before: Object.fromEntries(lowered.map((key) => [key, diff.base[key] ?? null])),
    after: Object.fromEntries(lowered.map((key) => [key, diff.head[key]])),
    location: { snapshot: 'head', pointer: `${diff.headPointer}/${first}` },
  };
}
