import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as registryModule from './rules/index.js';
import { rules } from './rules/index.js';
import { SEVERITIES } from './types.js';

const dir = fileURLToPath(new URL('./rules/', import.meta.url));
const files = readdirSync(dir).sort();
const ruleFiles = files.filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && file !== 'index.ts');
const camel = (id: string): string => id.replace(/-([a-z])/g, (_whole, letter: string) => letter.toUpperCase());

describe('rule registry', () => {
  it('lists exactly the rule files of the directory, in id order', () => {
    expect(rules.map((rule) => `${rule.id}.ts`)).toEqual(ruleFiles);
    const ids = rules.map((rule) => rule.id);
    expect([...ids].sort()).toEqual(ids);
  });

  it('has unique ids', () => {
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
  });

  it('has nothing but the registry in index.ts', () => {
    expect(Object.keys(registryModule)).toEqual(['rules']);
  });

  it.each(ruleFiles)('%s: exports the camelCase id and declares the id equal to its file name', async (file) => {
    const id = file.replace(/\.ts$/, '');
    const exported = (await import(`./rules/${file}`)) as Record<string, unknown>;
    expect(Object.keys(exported)).toEqual([camel(id)]);
    const rule = exported[camel(id)] as (typeof rules)[number];
    expect(rule.id).toBe(id);
    expect(rules).toContain(rule);
    expect(SEVERITIES).toContain(rule.severity);
    for (const field of ['why', 'description', 'example', 'kind'] as const) expect(rule[field].length).toBeGreaterThan(10 * Number(field !== 'kind'));
  });

  it.each(ruleFiles)('%s: has a colocated test with firing and non-firing cases and a real-capture case', (file) => {
    const id = file.replace(/\.ts$/, '');
    const testFile = `${id}.test.ts`;
    expect(files).toContain(testFile);
    const text = readFileSync(`${dir}${testFile}`, 'utf8');
    // ruleCases() itself asserts that its table holds a firing case and a non-firing case.
    expect(text).toContain(`ruleCases(${camel(id)},`);
    expect(text).toMatch(/expect: \[\]/);
    expect(text).toMatch(/expect: \[\{/);
    expect(text).toContain(`realCase(${camel(id)},`);
  });

  it('never reads the real clock in a rule', () => {
    for (const file of ruleFiles) {
      const text = readFileSync(`${dir}${file}`, 'utf8');
      expect(text, file).not.toMatch(/Date\.now|new Date\(/);
    }
  });
});
