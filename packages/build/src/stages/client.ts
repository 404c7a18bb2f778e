import { generateClient } from '@wikispec/codegen';
import type { ClientStage } from '../stages.js';

/** The real client stage: @wikispec/codegen's package files, as they are. */
export const clientStage: ClientStage = async (snapshot, options) =>
  generateClient(snapshot, { packageName: options.packageName, source: options.source });
