/**
 * Fields that never describe behaviour: where the code lives, its licence, its help links and examples, and the
 * position of a parameter in the list. `classname` became namespaced in MediaWiki 1.43, so it changes with no change
 * to any caller. Help text (`description`) is kept: the docs rule reports it when asked.
 */
export const NOISE_FIELDS: ReadonlySet<string> = new Set([
  'index',
  'classname',
  'source',
  'sourcename',
  'licensetag',
  'licenselink',
  'helpurls',
  'examples',
  'info',
]);

/** Fields compared element by element elsewhere, so not listed as changed fields. */
export const STRUCTURAL_FIELDS: ReadonlySet<string> = new Set(['parameters', 'templatedparameters']);

/** Stable JSON for comparing field values (object keys sorted). */
export function stableJson(value: unknown): string {
  if (value === undefined) return 'undefined';
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(item).sort()) sorted[key] = (item as Record<string, unknown>)[key];
    return sorted;
  });
}

/** Names of fields whose values differ between two records, noise and structural fields left out, sorted. */
export function changedFields(base: Record<string, unknown>, head: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(base), ...Object.keys(head)]);
  return [...keys]
    .filter((key) => !NOISE_FIELDS.has(key) && !STRUCTURAL_FIELDS.has(key))
    .filter((key) => stableJson(base[key]) !== stableJson(head[key]))
    .sort();
}
