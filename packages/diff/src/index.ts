export type {
  Finding,
  FindingDraft,
  FindingLocation,
  FindingOrigin,
  IgnoreEntry,
  IgnoreNotice,
  ModuleDiff,
  ModuleRef,
  ParameterDiff,
  ParameterRef,
  Report,
  Rule,
  RuleArea,
  RuleContext,
  Severity,
  SeverityCounts,
  SnapshotDiff,
  SnapshotSide,
  ValuesDiff,
  Verdict,
} from './types.js';
export { SEVERITIES } from './types.js';
export { diffSnapshots, isDifferentWiki, type DiffOptions } from './compare/modules.js';
export { checkSnapshots, compareFindings, failsAt, verdictFor, type CheckOptions } from './check.js';
export { defineRule } from './define-rule.js';
export { rules } from './rules/index.js';
export { IgnoreFileError, isExpired, matchesFinding, parseIgnoreFile } from './ignore.js';
export { configurationSource, configurationTable, mirrorsModuleTree, type ConfigurationSource } from './configuration.js';
export { formatReport, REPORT_FORMATS, type ReportFormat } from './format/index.js';
export { DIFF_JSON_FORMAT } from './format/json.js';
export type { FormatOptions } from './format/shared.js';
export { renderRulesDoc, RULES_DOC_COMMAND } from './rules-doc.js';
