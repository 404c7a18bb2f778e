import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SNAPSHOT_FORMAT, canonicalizeSnapshot, parseSnapshot, type ApiModule, type ApiParameter, type ApiTemplatedParameter, type Snapshot } from '@wikispec/snapshot';
import { describe, expect, it } from 'vitest';
import { checkSnapshots } from '../check.js';
import type { Finding, Rule } from '../types.js';

/** The fixed clock of every diff test. */
export const NOW = new Date('2026-06-15T12:00:00Z');

/** Repository root (tests read fixtures from test/fixtures, never from ../shared). */
export const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** A tiny parameter: unprefixed name, optional string, single value unless overridden. */
export function param(name: string, overrides: Partial<ApiParameter> = {}): ApiParameter {
  return { index: 1, name, description: '', type: 'string', required: false, multi: false, ...overrides };
}

/** A tiny templated parameter. */
export function templated(name: string, templatevars: Record<string, string>, overrides: Partial<ApiParameter> = {}): ApiTemplatedParameter {
  return { ...param(name, overrides), templatevars };
}

/** A tiny module; `name` defaults to the last path segment. */
export function mod(path: string, overrides: Partial<ApiModule> = {}, ...parameters: ApiParameter[]): ApiModule {
  const name = path.split('+').pop() ?? path;
  return {
    path,
    name,
    prefix: '',
    description: '',
    helpurls: [],
    examples: [],
    parameters: parameters.map((parameter, index) => ({ ...parameter, index: index + 1 })),
    templatedparameters: [],
    ...overrides,
  };
}

/** A snapshot of the given modules, canonical like parseSnapshot's output. */
export function snap(...modules: ApiModule[]): Snapshot {
  return canonicalizeSnapshot({ format: SNAPSHOT_FORMAT, wiki: { extensions: [], namespaces: [] }, helpformat: 'none', modules });
}

let fullCapture: Snapshot | undefined;

/** The real MediaWiki 1.39 capture with every extension (parsed once per test file). */
export function realSnapshot(): Snapshot {
  fullCapture ??= parseSnapshot(readFileSync(`${ROOT}test/fixtures/wikis/mw-1.39-full/paraminfo-capture.json`, 'utf8'), {
    source: 'mw-1.39-full/paraminfo-capture.json',
  });
  return fullCapture;
}

/** A deep copy of one real module from the capture. */
export function realModule(path: string): ApiModule {
  const module = realSnapshot().modules.find((candidate) => candidate.path === path);
  if (module === undefined) throw new Error(`no module ${path} in the capture`);
  return structuredClone(module);
}

/** Finds a module of a snapshot (for editing in tests). */
export function moduleOf(snapshot: Snapshot, path: string): ApiModule {
  const module = snapshot.modules.find((candidate) => candidate.path === path);
  if (module === undefined) throw new Error(`no module ${path}`);
  return module;
}

/** Finds a parameter of a module (for editing in tests). */
export function paramOf(module: ApiModule, name: string): ApiParameter {
  const parameter = [...module.parameters, ...module.templatedparameters].find((candidate) => candidate.name === name);
  if (parameter === undefined) throw new Error(`no parameter ${name} in ${module.path}`);
  return parameter;
}

/** Runs one rule in isolation (oasdiff's single-check config). */
export function runRule(rule: Rule, base: Snapshot, head: Snapshot): Finding[] {
  return checkSnapshots(base, head, { rules: [rule], now: NOW, includeDocs: true }).findings;
}

/** One table row: a base, a head, and what the rule must report (empty: nothing). */
export interface RuleCase {
  name: string;
  base: Snapshot;
  head: Snapshot;
  expect: Array<Partial<Finding>>;
}

/**
 * Table test of one rule. The table must hold at least one case that fires and one that does not (the registry
 * test checks every rule file calls this). Each expected finding is matched field by field, in order.
 */
export function ruleCases(rule: Rule, cases: readonly RuleCase[]): void {
  describe(rule.id, () => {
    it('has a firing case and a non-firing case', () => {
      expect(cases.some((testCase) => testCase.expect.length > 0)).toBe(true);
      expect(cases.some((testCase) => testCase.expect.length === 0)).toBe(true);
    });
    it.each(cases.map((testCase) => [testCase.name, testCase] as const))('%s', (_name, testCase) => {
      const findings = runRule(rule, testCase.base, testCase.head);
      expect(findings).toHaveLength(testCase.expect.length);
      testCase.expect.forEach((expected, index) => expect(findings[index]).toMatchObject({ rule: rule.id, severity: rule.severity, ...expected }));
    });
  });
}

/**
 * Builds base and head from real modules of the 1.39 capture, lets the test edit both copies, and checks the rule's
 * findings; the unedited pair must report nothing.
 */
export function realCase(
  rule: Rule,
  options: { name: string; modules: readonly string[]; edit: (base: Snapshot, head: Snapshot) => void; expect: Array<Partial<Finding>> },
): void {
  describe(`${rule.id} on real modules`, () => {
    it(options.name, () => {
      const withRealWiki = (): Snapshot => ({ ...snap(...options.modules.map(realModule)), wiki: structuredClone(realSnapshot().wiki) });
      const base = withRealWiki();
      const head = withRealWiki();
      expect(runRule(rule, base, head)).toEqual([]);
      options.edit(base, head);
      const findings = runRule(rule, canonicalizeSnapshot(base), canonicalizeSnapshot(head));
      expect(findings).toHaveLength(options.expect.length);
      options.expect.forEach((expected, index) => expect(findings[index]).toMatchObject({ rule: rule.id, ...expected }));
    });
  });
}
