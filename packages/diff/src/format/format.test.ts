import { describe, expect, it } from 'vitest';
import { checkSnapshots } from '../check.js';
import { NOW, mod, param, snap } from '../__fixtures__/builders.js';
import { rules } from '../rules/index.js';
import type { Report } from '../types.js';
import { formatReport, REPORT_FORMATS } from './index.js';

const base = snap(
  mod('parse', { group: 'action' }, param('text'), param('prop', { multi: true, type: ['a|b', 'c<d>&"e"'] })),
  mod('query+allpages', { group: 'list', prefix: 'ap' }, param('from'), param('dir', { type: ['ascending'], default: 'ascending' })),
);
const head = snap(
  mod('parse', { group: 'action' }, param('prop', { multi: true, type: [] }), param('new')),
  mod('query+allpages', { group: 'list', prefix: 'ap', deprecated: true }, param('from'), param('dir', { type: ['ascending'], default: 'descending' })),
);
const report: Report = checkSnapshots(base, head, { now: NOW });
const empty: Report = checkSnapshots(base, base, { now: NOW });

/** A small XML well-formedness check: balanced tags, quoted attributes, no raw `<` or stray `&` in text. */
function assertWellFormedXml(text: string): void {
  expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  const body = text.slice(text.indexOf('\n') + 1);
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.-]*="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let match: RegExpExecArray | null;
  let consumed = 0;
  while ((match = token.exec(body)) !== null) {
    consumed = token.lastIndex;
    const [, closing, name, attributes, selfClosing, textPart] = match;
    for (const chunk of [textPart ?? '', attributes ?? '']) expect(chunk).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/);
    if (textPart !== undefined) continue;
    if (closing === '/') expect(stack.pop()).toBe(name);
    else if (selfClosing !== '/') stack.push(name ?? '');
  }
  expect(consumed).toBe(body.length);
  expect(stack).toEqual([]);
}

describe('formatReport', () => {
  it('has findings to format', () => {
    expect(report.findings.map((f) => f.rule)).toEqual([
      'enum-value-removed',
      'enum-value-removed',
      'parameter-removed',
      'module-became-deprecated',
      'default-changed',
      'parameter-added',
    ]);
  });

  it.each(REPORT_FORMATS)('%s is deterministic and ends with a newline', (format) => {
    const once = formatReport(report, format, {});
    expect(formatReport(report, format, {})).toBe(once);
    expect(once.endsWith('\n')).toBe(true);
  });

  it('json follows the documented shape', () => {
    const document = JSON.parse(formatReport(report, 'json')) as Record<string, unknown>;
    expect(Object.keys(document)).toEqual(['format', 'base', 'head', 'differentWikis', 'summary', 'findings', 'ignored', 'ignoreNotices']);
    expect(document.format).toBe('wikispec-diff/1');
    expect(document.summary).toEqual({ verdict: 'major', counts: { breaking: 3, warning: 2, info: 1 }, configuration: { breaking: 0, warning: 0, info: 0 }, ignored: 0 });
    const findings = document.findings as Array<Record<string, unknown>>;
    expect(findings).toHaveLength(6);
    for (const finding of findings) {
      for (const key of ['rule', 'severity', 'module', 'parameter', 'message', 'before', 'after', 'location', 'origin']) expect(finding).toHaveProperty(key);
    }
    expect(findings[2]).toEqual({
      rule: 'parameter-removed',
      severity: 'breaking',
      module: 'parse',
      parameter: 'text',
      message: 'Parameter text of action=parse was removed; the module now ignores it.',
      before: 'text',
      after: null,
      location: { snapshot: 'base', pointer: '/modules/0/parameters/0' },
      origin: 'code',
    });
  });

  it('markdown puts the summary table first and the details in collapsible sections', () => {
    const text = formatReport(report, 'markdown');
    const blocks = text.split('\n\n');
    expect(blocks[0]).toBe('## wikispec diff: the base snapshot -> the head snapshot');
    expect(blocks[1]).toBe('| Severity | Changes |\n| --- | ---: |\n| breaking | 3 |\n| warning | 2 |\n| info | 1 |');
    expect(blocks[2]).toBe('**Verdict: major**');
    expect(text).toContain('<details open><summary>breaking (3)</summary>');
    expect(text).toContain('<details><summary>warning (2)</summary>');
    // Pipes and angle brackets in values cannot break the table.
    expect(text).toContain('Value "a\\|b" of multi-value parameter prop');
    expect(text).toContain('"c&lt;d>&');
    expect(text).not.toContain('<d>');
    expect(text.match(/<details/g)).toHaveLength(3);
    expect(text.match(/<\/details>/g)).toHaveLength(3);
    expect(formatReport(empty, 'markdown')).toContain('No changes found.');
  });

  it('github writes one workflow command per finding, errors at --fail-on', () => {
    const lines = formatReport(report, 'github', { failOn: 'warning', artifacts: { base: 'base.json', head: 'head.json' } }).trimEnd().split('\n');
    expect(lines).toHaveLength(report.findings.length + 1);
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) (file=[^,:]+,)?title=[^:,]+::[^\n]+$/);
    expect(lines[0]).toBe('::error file=base.json,title=enum-value-removed%3A parse prop::Value "a|b" of multi-value parameter prop of action=parse was removed; requests sending it get an "unrecognized value" warning and lose it.');
    expect(lines.filter((line) => line.startsWith('::error'))).toHaveLength(5);
    expect(lines.filter((line) => line.startsWith('::notice'))).toHaveLength(2);
    const breakingOnly = formatReport(report, 'github').split('\n');
    expect(breakingOnly.filter((line) => line.startsWith('::error'))).toHaveLength(3);
    expect(breakingOnly.filter((line) => line.startsWith('::warning'))).toHaveLength(2);
  });

  it('junit is well-formed XML with one test case per finding', () => {
    const text = formatReport(report, 'junit');
    assertWellFormedXml(text);
    expect(text.match(/<testcase /g)).toHaveLength(6);
    expect(text).toContain('<testsuites name="wikispec diff" tests="6" failures="3">');
    expect(text.match(/<failure /g)).toHaveLength(3);
    expect(text).toContain('c&lt;d&gt;&amp;&quot;e&quot;');
    const none = formatReport(empty, 'junit');
    assertWellFormedXml(none);
    expect(none).toContain('failures="0"');
  });

  it('sarif has the 2.1.0 shape', () => {
    const sarif = JSON.parse(formatReport(report, 'sarif', { artifacts: { base: 'base.json', head: 'head.json' } })) as {
      $schema: string;
      version: string;
      runs: Array<{ tool: { driver: { name: string; rules: Array<{ id: string; shortDescription: { text: string }; defaultConfiguration: { level: string } }> } }; results: Array<{ ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: Array<{ physicalLocation?: { artifactLocation: { uri: string } }; logicalLocations: Array<{ fullyQualifiedName: string }> }>; properties: { jsonPointer: string } }> }>;
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(sarif.runs).toHaveLength(1);
    const run = sarif.runs[0]!;
    expect(run.tool.driver.name).toBe('wikispec');
    expect(run.tool.driver.rules.map((rule) => rule.id)).toEqual(rules.map((rule) => rule.id));
    expect(run.results).toHaveLength(6);
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
      expect(['error', 'warning', 'note']).toContain(result.level);
      expect(result.message.text.length).toBeGreaterThan(0);
      expect(result.locations[0]?.logicalLocations[0]?.fullyQualifiedName).toMatch(/^[a-z+]+(\/.+)?$/);
      expect(result.properties.jsonPointer).toMatch(/^\/modules\/\d+/);
    }
    expect(run.results[2]?.locations[0]?.physicalLocation?.artifactLocation.uri).toBe('base.json');
  });

  it('text uses colour only when asked', () => {
    const plain = formatReport(report, 'text', { color: false });
    expect(plain).not.toContain('\u001b[');
    expect(plain.split('\n').slice(0, 2)).toEqual(['wikispec diff: the base snapshot -> the head snapshot', 'verdict: major (3 breaking, 2 warning, 1 info)']);
    expect(formatReport(report, 'text', { color: true })).toContain('\u001b[31mBREAKING');
    expect(formatReport(empty, 'text')).toContain('No changes found.');
  });
});
