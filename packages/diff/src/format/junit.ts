import type { Report } from '../types.js';
import { isFailure, titleOf, type FormatOptions } from './shared.js';

function xml(text: string): string {
  // XML 1.0 forbids most control characters even when escaped; drop them.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** JUnit XML: one test case per finding; findings at --fail-on are failures. */
export function formatJunit(report: Report, options: FormatOptions = {}): string {
  const cases = report.findings.map((finding) => {
    const name = xml([finding.rule, finding.parameter, finding.value].filter(Boolean).join(' '));
    const open = `    <testcase classname="${xml(finding.module)}" name="${name}">`;
    if (isFailure(finding, options.failOn)) {
      return `${open}\n      <failure type="${finding.severity}" message="${xml(finding.message)}">${xml(`${finding.message}\nat ${finding.location.snapshot}${finding.location.pointer}`)}</failure>\n    </testcase>`;
    }
    return `${open}\n      <system-out>${xml(`${finding.severity}: ${finding.message}`)}</system-out>\n    </testcase>`;
  });
  if (cases.length === 0) cases.push('    <testcase classname="wikispec" name="no changes"/>');
  const failures = report.findings.filter((finding) => isFailure(finding, options.failOn)).length;
  const tests = Math.max(1, report.findings.length);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="wikispec diff" tests="${tests}" failures="${failures}">`,
    `  <testsuite name="${xml(titleOf(report))}" tests="${tests}" failures="${failures}" errors="0" skipped="0">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
