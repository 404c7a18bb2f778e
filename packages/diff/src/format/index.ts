import type { Report } from '../types.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import type { FormatOptions } from './shared.js';
import { formatText } from './text.js';

/** Every output format. */
export const REPORT_FORMATS = ['text', 'markdown', 'json', 'github', 'junit', 'sarif'] as const;

/** One of the output formats. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Renders a report in one of the formats. */
export function formatReport(report: Report, format: ReportFormat, options: FormatOptions = {}): string {
  switch (format) {
    case 'text': return formatText(report, options);
    case 'markdown': return formatMarkdown(report);
    case 'json': return formatJson(report);
    case 'github': return formatGithub(report, options);
    case 'junit': return formatJunit(report, options);
    case 'sarif': return formatSarif(report, options);
  }
}
