import type { Snapshot } from '@wikispec/snapshot';
import type { WikiConfig } from './config.js';

/** A file the build produced, relative to the directory it belongs to. Contents are final bytes. */
export interface BuildFile {
  path: string;
  contents: string | Uint8Array;
}

/** What every stage may use besides its input. */
export interface StageContext {
  signal?: AbortSignal;
}

/** Gets a wiki's current snapshot from its api.php. */
export type FetchStage = (wiki: WikiConfig, context: StageContext & { userAgent: string | undefined }) => Promise<Snapshot>;

/** Renders a snapshot as an OpenAPI document, serialized both ways. */
export type OpenApiStage = (snapshot: Snapshot, options: { version: '3.1.0' | '3.0.3'; source: string }) => Promise<{ json: string; yaml: string }>;

/** Generates the client package files (paths relative to the client folder). */
export type ClientStage = (snapshot: Snapshot, options: { packageName: string; source: string }) => Promise<BuildFile[]>;

/** The result of comparing the previous snapshot with the new one. */
export interface ChangeReport {
  /** Number of findings (every level); 0 means no API change worth a changelog entry. */
  changes: number;
  /** Number of breaking findings. */
  breaking: number;
  /** The markdown report (no top-level heading; it is placed under the changelog's version heading). */
  markdown: string;
}

/** Compares two snapshots of the same wiki. */
export type ChangesStage = (base: Snapshot, head: Snapshot) => Promise<ChangeReport>;

/** The stages a build runs; real ones come from `defaultStages()`, tests inject fakes. */
export interface BuildStages {
  fetch: FetchStage;
  openapi: OpenApiStage;
  client: ClientStage;
  changes: ChangesStage;
}

/** Names of the steps shown in progress output, in order. */
export const STEP_NAMES = ['queued', 'fetch', 'snapshot', 'openapi', 'client', 'changelog', 'done', 'failed'] as const;

/** One step of a wiki's build. */
export type StepName = (typeof STEP_NAMES)[number];
