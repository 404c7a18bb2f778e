export { main } from './main.js';
export { processIo, type CliIo } from './io.js';
export { ExitCode, type ExitCodeValue } from './exit-codes.js';
export { exitCodeFor, reportError } from './report-error.js';
export { OutputError, readSnapshotFile, readTextFile, safeJoin, writeDirectoryAtomic, writeFileAtomic, type OutputFile } from './files.js';
export { WIKISPEC_VERSION } from './version.js';
