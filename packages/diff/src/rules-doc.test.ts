import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from './__fixtures__/builders.js';
import { configurationTable } from './configuration.js';
import { RULES_DOC_COMMAND, renderRulesDoc } from './rules-doc.js';
import { rules } from './rules/index.js';

describe('docs', () => {
  it(`docs/rules.md is current (regenerate with ${RULES_DOC_COMMAND})`, () => {
    expect(readFileSync(`${ROOT}docs/rules.md`, 'utf8')).toBe(renderRulesDoc(rules));
  });

  it('documents every rule with its example', () => {
    const text = renderRulesDoc(rules);
    for (const rule of rules) {
      expect(text).toContain(`\n## ${rule.id}\n`);
      expect(text).toContain(`> ${rule.example}`);
    }
  });

  it('docs/diff.md lists every configuration-dependent parameter', () => {
    const text = readFileSync(`${ROOT}docs/diff.md`, 'utf8');
    for (const row of configurationTable()) expect(text).toContain(`| ${row.match} | ${row.source} |`);
  });
});
