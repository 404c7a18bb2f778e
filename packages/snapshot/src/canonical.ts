import type { ApiModule, ApiParameter, Snapshot } from './types.js';

/** Keys that read best first; everything else follows in code-unit order. */
const LEADING_KEYS = ['format', 'wiki', 'helpformat', 'modules', 'path', 'name', 'index', 'group', 'prefix', 'type'];
const leadingRank = new Map(LEADING_KEYS.map((key, rank) => [key, rank]));

/** Code-unit comparison: the same order on every machine and locale. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareKeys(a: string, b: string): number {
  const rankA = leadingRank.get(a);
  const rankB = leadingRank.get(b);
  if (rankA !== undefined || rankB !== undefined) return (rankA ?? Infinity) - (rankB ?? Infinity) || compareCodeUnits(a, b);
  return compareCodeUnits(a, b);
}

/** Returns the value with every object's keys in canonical order (arrays keep their order). */
export function sortKeysDeep<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => sortKeysDeep(item)) as T;
  // JSON text can say -0 (PHP writes -0.0), but JSON.stringify writes 0: normalise so the model equals its bytes.
  if (typeof value === 'number' && Object.is(value, -0)) return 0 as T;
  if (typeof value !== 'object' || value === null) return value;
  // fromEntries defines keys as own data properties, so a key named "__proto__" survives as data.
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => compareKeys(a, b))
    .map(([key, item]) => [key, sortKeysDeep(item)] as const);
  return Object.fromEntries(entries) as T;
}

function byIndex(a: ApiParameter, b: ApiParameter): number {
  return a.index - b.index || compareCodeUnits(a.name, b.name);
}

function canonicalModule(module: ApiModule): ApiModule {
  return {
    ...module,
    parameters: [...module.parameters].sort(byIndex),
    templatedparameters: [...module.templatedparameters].sort(byIndex),
  };
}

/** Puts a snapshot in canonical form: modules by path, parameters by index, wiki lists sorted, keys ordered. */
export function canonicalizeSnapshot(snapshot: Snapshot): Snapshot {
  const extensions = [...snapshot.wiki.extensions].sort(
    (a, b) => compareCodeUnits(a.type, b.type) || compareCodeUnits(a.name, b.name) || compareCodeUnits(a.version ?? '', b.version ?? ''),
  );
  const namespaces = [...snapshot.wiki.namespaces].sort((a, b) => a.id - b.id);
  const modules = snapshot.modules.map(canonicalModule).sort((a, b) => compareCodeUnits(a.path, b.path));
  return sortKeysDeep({ ...snapshot, wiki: { ...snapshot.wiki, extensions, namespaces }, modules });
}

/** Serializes a snapshot to its canonical bytes: stable key order, 2-space indent, trailing newline. */
export function serializeSnapshot(snapshot: Snapshot): string {
  return `${JSON.stringify(canonicalizeSnapshot(snapshot), null, 2)}\n`;
}
