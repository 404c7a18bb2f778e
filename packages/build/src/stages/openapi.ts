import { serializeOpenApi, toOpenApi } from '@wikispec/openapi';
import type { OpenApiStage } from '../stages.js';

/** The real OpenAPI stage: @wikispec/openapi's document, serialized as JSON and YAML. */
export const openapiStage: OpenApiStage = async (snapshot, options) => {
  const document = toOpenApi(snapshot, { version: options.version === '3.0.3' ? '3.0' : '3.1', source: options.source });
  return { json: serializeOpenApi(document, 'json'), yaml: serializeOpenApi(document, 'yaml') };
};
