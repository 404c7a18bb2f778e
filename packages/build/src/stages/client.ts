import { createGenerationMemo, generateClient, type GenerationMemo } from '@wikispec/codegen';
import type { ClientStage } from '../stages.js';

/**
 * The real client stage: @wikispec/codegen's package files, as they are. Every call of one stage shares `memo`
 * (formatting and transpiling of files equal up to the wiki's server URL), so a farm formats each distinct file once.
 */
export function clientStage(memo: GenerationMemo = createGenerationMemo()): ClientStage {
  return async (snapshot, options) => generateClient(snapshot, { packageName: options.packageName, source: options.source, memo });
}
