import { createGenerationMemo } from '@wikispec/codegen';
import type { BuildStages } from '../stages.js';
import { changesStage } from './changes.js';
import { clientStage } from './client.js';
import { fetchStage } from './fetch.js';
import { openapiStage } from './openapi.js';

/**
 * The real stages: fetch, OpenAPI, client and diff from their wikispec packages. One generation memo per call is
 * shared by the OpenAPI and client stages of every wiki (help text conversions, formatted and transpiled files).
 */
export function defaultStages(): BuildStages {
  const memo = createGenerationMemo();
  return { fetch: fetchStage, openapi: openapiStage(memo.markdown), client: clientStage(memo), changes: changesStage };
}
