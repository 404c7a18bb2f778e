import { fetchSnapshot } from '@wikispec/fetch';
import type { FetchStage } from '../stages.js';

/** The real fetch stage: @wikispec/fetch with the wiki's User-Agent and help format. */
export const fetchStage: FetchStage = async (wiki, context) => {
  if (wiki.apiUrl === undefined) throw new Error(`wiki ${wiki.name} has no apiUrl`);
  return fetchSnapshot(wiki.apiUrl, {
    helpformat: wiki.helpformat,
    ...(context.userAgent === undefined ? {} : { userAgent: context.userAgent }),
    ...(context.signal === undefined ? {} : { signal: context.signal }),
  });
};
