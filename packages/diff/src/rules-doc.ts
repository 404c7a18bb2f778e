import { SEVERITIES, type Rule } from './types.js';

/** The command that regenerates docs/rules.md. */
export const RULES_DOC_COMMAND = 'node scripts/generate-rules-doc.mjs';

/** Renders docs/rules.md from the registry: a table of every rule, then one section per rule with an example. */
export function renderRulesDoc(rules: readonly Rule[]): string {
  const lines: string[] = [
    '# wikispec diff rules',
    '',
    `<!-- Generated from packages/diff/src/rules by \`${RULES_DOC_COMMAND}\`. DO NOT EDIT; a test checks it is current. -->`,
    '',
    `${rules.length} rules. \`wikispec diff --list-rules\` prints the same list. Severities: \`breaking\` (existing callers fail or silently lose behaviour), \`warning\` (deprecations, the expected end of a deprecation, and changes that break some callers), \`info\` (additions and harmless changes). See [diff.md](diff.md) for the report, the ignore file and configuration noise.`,
    '',
    '| Rule | Severity | Area | Kind | What it reports |',
    '| --- | --- | --- | --- | --- |',
  ];
  const ordered = [...rules].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const rule of ordered) lines.push(`| [\`${rule.id}\`](#${rule.id}) | ${rule.severity} | ${rule.area} | ${rule.kind} | ${rule.description.replace(/\|/g, '\\|')} |`);
  for (const rule of ordered) {
    lines.push('', `## ${rule.id}`, '', `**${rule.severity}** · area \`${rule.area}\` · kind \`${rule.kind}\`${rule.docsOnly === true ? ' · only with `--include-docs`' : ''}`, '');
    lines.push(rule.description, '', `Why it matters: ${rule.why}`, '', 'Example message:', '', `> ${rule.example}`);
  }
  return `${lines.join('\n')}\n`;
}
