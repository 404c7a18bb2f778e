export { fetchSnapshot, fetchSnapshotWithStats, type FetchResult } from './fetch-snapshot.js';
export { FetchError, type FetchErrorCode } from './errors.js';
export {
  FETCH_VERSION,
  MAX_BATCH_SIZE,
  defaultUserAgent,
  type DiscoveryMode,
  type FetchOptions,
  type FetchProgress,
  type FetchStats,
  type FetchWarning,
} from './options.js';
