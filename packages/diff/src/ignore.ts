import { WikispecError, parseJsonText } from '@wikispec/snapshot';
import type { Finding, IgnoreEntry } from './types.js';

/** An ignore file that cannot be used; names the file and the entry. */
export class IgnoreFileError extends WikispecError {
  override name = 'IgnoreFileError';
  constructor(message: string, options: { hint?: string } = {}) {
    super('invalid-ignore-file', message, options);
  }
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const KEYS = new Set(['rule', 'module', 'parameter', 'reason', 'expires']);

/**
 * Reads an ignore file: `{ "ignore": [{ "rule", "module", "parameter"?, "reason", "expires"? }] }` (see docs/diff.md).
 * Throws IgnoreFileError naming the file and the entry.
 */
export function parseIgnoreFile(text: string, source = 'ignore file'): IgnoreEntry[] {
  const root = parseJsonText(text, source) as unknown;
  const fail = (where: string, message: string): never => {
    throw new IgnoreFileError(`${source}: ${where}: ${message}`, { hint: 'see docs/diff.md, "Ignore file"' });
  };
  if (typeof root !== 'object' || root === null || Array.isArray(root) || !Array.isArray((root as { ignore?: unknown }).ignore)) {
    return fail('/', 'expected an object with an "ignore" array');
  }
  return ((root as { ignore: unknown[] }).ignore).map((raw, index) => {
    const at = `/ignore/${index}`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail(at, 'expected an object');
    const item = raw as Record<string, unknown>;
    for (const key of Object.keys(item)) if (!KEYS.has(key)) fail(`${at}/${key}`, `unknown key (allowed: ${[...KEYS].join(', ')})`);
    for (const key of ['rule', 'module', 'reason'] as const) {
      if (typeof item[key] !== 'string' || item[key] === '') fail(`${at}/${key}`, 'expected a non-empty string');
    }
    const entry: IgnoreEntry = { rule: item.rule as string, module: item.module as string, reason: item.reason as string };
    if (item.parameter !== undefined) {
      if (typeof item.parameter !== 'string' || item.parameter === '') fail(`${at}/parameter`, 'expected a non-empty string (the wire name)');
      entry.parameter = item.parameter as string;
    }
    if (item.expires !== undefined) {
      if (typeof item.expires !== 'string' || expiryEnd(item.expires) === undefined) fail(`${at}/expires`, 'expected a date YYYY-MM-DD');
      entry.expires = item.expires as string;
    }
    return entry;
  });
}

/** The first instant after an expiry day (UTC), or undefined when the date is not valid. */
function expiryEnd(date: string): number | undefined {
  const match = DATE.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const start = Date.UTC(year, month - 1, day);
  const check = new Date(start);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return start + 86_400_000;
}

/** Whether an entry has expired at `now` (it applies through the whole of its `expires` day, UTC). */
export function isExpired(entry: IgnoreEntry, now: Date): boolean {
  if (entry.expires === undefined) return false;
  const end = expiryEnd(entry.expires);
  return end !== undefined && now.getTime() >= end;
}

/** Whether an entry accepts a finding. */
export function matchesFinding(entry: IgnoreEntry, finding: Finding): boolean {
  return entry.rule === finding.rule && entry.module === finding.module && (entry.parameter === undefined || entry.parameter === finding.parameter);
}
