import { rules as registry } from '../rules/index.js';
import type { Report, Rule, Severity } from '../types.js';
import type { FormatOptions } from './shared.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { breaking: 'error', warning: 'warning', info: 'note' };

/** SARIF 2.1.0: one run, the rule registry as the driver's rules, one result per finding. */
export function formatSarif(report: Report, options: FormatOptions = {}, rules: readonly Rule[] = registry): string {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const results = report.findings.map((finding) => {
    const file = finding.location.snapshot === 'base' ? options.artifacts?.base : options.artifacts?.head;
    const logical = { fullyQualifiedName: [finding.module, finding.parameter].filter(Boolean).join('/'), kind: finding.parameter === undefined ? 'module' : 'parameter' };
    return {
      ruleId: finding.rule,
      ...(ruleIndex.has(finding.rule) ? { ruleIndex: ruleIndex.get(finding.rule) } : {}),
      level: LEVEL[finding.severity],
      message: { text: finding.message },
      locations: [
        {
          ...(file === undefined ? {} : { physicalLocation: { artifactLocation: { uri: file } } }),
          logicalLocations: [logical],
        },
      ],
      properties: {
        severity: finding.severity,
        origin: finding.origin,
        snapshot: finding.location.snapshot,
        jsonPointer: finding.location.pointer,
        ...(finding.before === undefined ? {} : { before: finding.before }),
        ...(finding.after === undefined ? {} : { after: finding.after }),
      },
    };
  });
  const document = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'wikispec',
            informationUri: 'https://www.mediawiki.org/wiki/API:Parameter_information',
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              fullDescription: { text: rule.why },
              defaultConfiguration: { level: LEVEL[rule.severity] },
              properties: { severity: rule.severity, area: rule.area, kind: rule.kind },
            })),
          },
        },
        results,
        properties: { verdict: report.summary.verdict },
      },
    ],
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
