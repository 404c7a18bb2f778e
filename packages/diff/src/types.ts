import type { ApiModule, ApiParameter, Snapshot } from '@wikispec/snapshot';

/** How bad a finding is: `breaking` stops existing callers, `warning` breaks some or announces a break, `info` is news. */
export type Severity = 'breaking' | 'warning' | 'info';

/** Severities from worst to mildest; the index is the rank used for sorting and for `--fail-on`. */
export const SEVERITIES: readonly Severity[] = ['breaking', 'warning', 'info'];

/** What part of the API a rule looks at (oasdiff-style taxonomy, for filtering and docs). */
export type RuleArea = 'module' | 'parameter' | 'value' | 'docs';

/** Which side's snapshot a finding's JSON pointer points into. */
export type SnapshotSide = 'base' | 'head';

/** Where a finding lives: a JSON pointer into the canonical form of the base or head snapshot. */
export interface FindingLocation {
  snapshot: SnapshotSide;
  pointer: string;
}

/** Whether a finding is a change of code or a difference of wiki configuration between two different wikis. */
export type FindingOrigin = 'code' | 'configuration';

/** One change a rule found. */
export interface Finding {
  rule: string;
  severity: Severity;
  /** Module path (`query+allpages`). */
  module: string;
  /** Wire name of the parameter (`aplimit`), when the finding is about one. */
  parameter?: string;
  /** The enum value concerned, when the finding is about one. */
  value?: string;
  before?: unknown;
  after?: unknown;
  /** A sentence a person understands without the rule list; uses wire names. */
  message: string;
  location: FindingLocation;
  origin: FindingOrigin;
  /** For configuration findings: what the values depend on (`tags`, `content models`, …). */
  configurationSource?: string;
  /** Set when something removed had been deprecated: the expected end of a deprecation. */
  deprecationEnded?: { since: string };
}

/** What a rule passes to `report`: the finding without the fields the checker fills in. */
export interface FindingDraft {
  module: string;
  parameter?: string;
  value?: string;
  before?: unknown;
  after?: unknown;
  message: string;
  location: FindingLocation;
  deprecationEnded?: { since: string };
  /** Set by enum-value rules so the checker can tell configuration noise from code changes. */
  configurationSource?: string;
}

/** A module present on one side only. */
export interface ModuleRef {
  path: string;
  module: ApiModule;
  pointer: string;
}

/** A parameter present on one side only. */
export interface ParameterRef {
  module: ApiModule;
  parameter: ApiParameter;
  templated: boolean;
  wireName: string;
  pointer: string;
}

/** How an enum parameter's value list changed (values in code-unit order). */
export interface ValuesDiff {
  added: string[];
  removed: string[];
  /** Values in both sides that are internal in head but were not in base. */
  becameInternal: string[];
  becameDeprecated: string[];
  /** For each value present in head, its index in head's type list (for pointers). */
  headIndex: ReadonlyMap<string, number>;
  baseIndex: ReadonlyMap<string, number>;
}

/** A parameter present on both sides. */
export interface ParameterDiff {
  modulePath: string;
  name: string;
  templated: boolean;
  base: ApiParameter;
  head: ApiParameter;
  baseModule: ApiModule;
  headModule: ApiModule;
  baseWireName: string;
  headWireName: string;
  basePointer: string;
  headPointer: string;
  /** Fields whose values differ (noise fields such as `index` excluded, `description` included). */
  changedFields: string[];
  /** Value-list comparison when either side is an enum. */
  values?: ValuesDiff;
}

/** A module present on both sides. */
export interface ModuleDiff {
  path: string;
  base: ApiModule;
  head: ApiModule;
  basePointer: string;
  headPointer: string;
  changedFields: string[];
  addedParameters: ParameterRef[];
  removedParameters: ParameterRef[];
  modifiedParameters: ParameterDiff[];
}

/** The structural difference of two snapshots, which rules walk. */
export interface SnapshotDiff {
  base: Snapshot;
  head: Snapshot;
  /** True when both snapshots name their wiki and the names (wikiid or server) differ. */
  differentWikis: boolean;
  /** Module paths present in each snapshot. */
  basePaths: ReadonlySet<string>;
  headPaths: ReadonlySet<string>;
  addedModules: ModuleRef[];
  removedModules: ModuleRef[];
  modifiedModules: ModuleDiff[];
}

/** What a rule receives besides the diff. */
export interface RuleContext {
  /** The injected clock; rules never read the real time. */
  now: Date;
  /** Human label of the base snapshot's version ("MediaWiki 1.39.17", or "the base snapshot"). */
  baseLabel: string;
  headLabel: string;
}

/** A breaking-change rule: self-describing, one per file. */
export interface Rule {
  id: string;
  severity: Severity;
  area: RuleArea;
  kind: string;
  /** Why the change matters to callers. */
  why: string;
  /** A one-line description for --list-rules and docs. */
  description: string;
  /** Runs only when help text changes are asked for (`--include-docs`). */
  docsOnly?: boolean;
  /** An example message, for docs/rules.md. */
  example: string;
  check(diff: SnapshotDiff, report: (finding: FindingDraft) => void, context: RuleContext): void;
}

/** The semver-style verdict for a whole change. */
export type Verdict = 'major' | 'minor' | 'patch';

/** Counts per severity. */
export type SeverityCounts = Record<Severity, number>;

/** An ignore entry that matched nothing or has expired. */
export interface IgnoreNotice {
  entry: IgnoreEntry;
  state: 'expired' | 'unused';
}

/** One accepted change in an ignore file. */
export interface IgnoreEntry {
  rule: string;
  module: string;
  /** Wire name; when omitted, the entry matches every finding of the rule on the module. */
  parameter?: string;
  reason: string;
  /** Last day (UTC, `YYYY-MM-DD`) on which the entry applies. */
  expires?: string;
}

/** The result of checkSnapshots. */
export interface Report {
  base: { label: string; wiki?: string };
  head: { label: string; wiki?: string };
  differentWikis: boolean;
  /** Code findings and configuration findings, in one total order. */
  findings: Finding[];
  /** Findings an ignore entry accepted (not counted in the summary). */
  ignored: Array<{ finding: Finding; reason: string }>;
  ignoreNotices: IgnoreNotice[];
  summary: {
    verdict: Verdict;
    /** Code findings per severity. */
    counts: SeverityCounts;
    /** Configuration findings per severity (two different wikis only). */
    configuration: SeverityCounts;
    ignored: number;
  };
}
