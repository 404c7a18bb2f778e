export { CONFIG_SCHEMA, OUTPUT_KINDS, WIKI_NAME_PATTERN } from './config-schema.js';
export {
  createConfigText,
  parseConfig,
  resolveConfig,
  selectWikis,
  validateConfig,
  validateWikiName,
  type BuildConfig,
  type BuildConfigFile,
  type OutputKind,
  type WikiConfig,
  type WikiConfigEntry,
  type WikiOptions,
} from './config.js';
export { BuildAbortedError, ConfigError } from './errors.js';
export { STEP_NAMES, type BuildFile, type BuildStages, type ChangeReport, type ChangesStage, type ClientStage, type FetchStage, type OpenApiStage, type StageContext, type StepName } from './stages.js';
export { buildWiki, wikiCounts, type WikiBuildFailure, type WikiBuildOptions, type WikiBuildResult, type WikiBuildSuccess } from './pipeline.js';
export { SITE_DIRECTORY, buildWikis, findStaleFiles, type BuildOptions, type BuildResult, type OutputDirectory, type StaleFile } from './build.js';
export { parseChangelog, updateChangelog, type ChangelogEntry } from './changelog.js';
export { withStageCache } from './cache.js';
export { buildSite, type SiteWiki } from './site/site.js';
export { renderMarkdown } from './site/html.js';
export { sha256 } from './hash.js';
export { ProgressDisplay } from './progress.js';
export { formatBuildSummary, formatTable } from './summary.js';
export { defaultStages } from './stages/default.js';
export { canUseWorkers, defaultWorkerCount, withWorkerStages, type PooledStages } from './stages/worker-pool.js';
