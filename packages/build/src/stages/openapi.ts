import { serializeOpenApi, toOpenApi } from '@wikispec/openapi';
import type { HelpMarkdownMemo } from '@wikispec/helptext';
import type { OpenApiStage } from '../stages.js';

/**
 * The real OpenAPI stage: @wikispec/openapi's document, serialized as JSON and YAML. Every call of one stage shares
 * `markdown` (help text conversions, keyed by text and the wiki's link shape), so a farm converts each text once.
 */
export function openapiStage(markdown: HelpMarkdownMemo = new Map()): OpenApiStage {
  return async (snapshot, options) => {
    const document = toOpenApi(snapshot, { version: options.version === '3.0.3' ? '3.0' : '3.1', source: options.source, memo: { markdown } });
    return { json: serializeOpenApi(document, 'json'), yaml: serializeOpenApi(document, 'yaml') };
  };
}
