import type { Snapshot } from '@wikispec/snapshot';
import type { OpenApiStage } from '../stages.js';

interface OpenApiModule {
  toOpenApi(snapshot: Snapshot, options?: Record<string, unknown>): unknown;
  serializeOpenApi?(document: unknown, format: 'json' | 'yaml'): string;
}

// Loaded on first use: the openapi package is written in parallel with this one (see the report; switch to a static
// import once its entry point is stable).
const specifier = '@wikispec/openapi';
let loaded: Promise<OpenApiModule> | undefined;

/** The real OpenAPI stage: @wikispec/openapi's document, serialized as JSON and YAML. */
export const openapiStage: OpenApiStage = async (snapshot, options) => {
  loaded ??= import(specifier) as Promise<OpenApiModule>;
  const openapi = await loaded;
  const document = openapi.toOpenApi(snapshot, { openapiVersion: options.version, version: options.version, source: options.source });
  if (openapi.serializeOpenApi !== undefined) {
    return { json: openapi.serializeOpenApi(document, 'json'), yaml: openapi.serializeOpenApi(document, 'yaml') };
  }
  const { stringify } = await import('yaml');
  return { json: `${JSON.stringify(document, null, 2)}\n`, yaml: stringify(document, { aliasDuplicateObjects: false, lineWidth: 0 }) };
};
