import type { BuildStages } from '../stages.js';
import { changesStage } from './changes.js';
import { clientStage } from './client.js';
import { fetchStage } from './fetch.js';
import { openapiStage } from './openapi.js';

/** The real stages: fetch, OpenAPI, client and diff from their wikispec packages (one generation memo per call). */
export function defaultStages(): BuildStages {
  return { fetch: fetchStage, openapi: openapiStage, client: clientStage(), changes: changesStage };
}
