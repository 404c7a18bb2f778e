import type { oas31 } from 'openapi3-ts';
import type { Snapshot } from '@wikispec/snapshot';
import { createContext, type ToOpenApiOptions } from './context.js';
import { ComponentRegistry, sortedMap, staticComponents } from './transform/components.js';
import { info } from './transform/info.js';
import { paths } from './transform/paths.js';
import { servers } from './transform/servers.js';
import { tags } from './transform/tags.js';
import { formatModules } from './transform/format-modules.js';

/** Turns a snapshot into an OpenAPI 3.1 (or 3.0.3) document. Pure and deterministic. */
export function toOpenApi(snapshot: Snapshot, options: ToOpenApiOptions = {}): oas31.OpenAPIObject {
  const context = createContext(snapshot, options);
  const registry = new ComponentRegistry(context);
  const pathsObject = paths(context, registry);
  const fixed = staticComponents(context);
  const document: oas31.OpenAPIObject = {
    openapi: context.version === '3.1' ? '3.1.0' : '3.0.3',
    info: info(context, options.source),
    servers: servers(context),
    security: [{}, { session: [] }],
    tags: tags(pathsObject),
    paths: pathsObject,
    // Without operations (a snapshot of `main` alone) nothing would use the shared responses: leave them out.
    components:
      Object.keys(pathsObject).length === 0
        ? { securitySchemes: fixed.securitySchemes }
        : {
            parameters: sortedMap(registry.parameters),
            schemas: { ...fixed.schemas, ...sortedMap(registry.schemas) },
            responses: fixed.responses,
            headers: fixed.headers,
            securitySchemes: fixed.securitySchemes,
          },
  };
  const formats = formatModules(context);
  if (formats.length > 0) document['x-mediawiki-format-modules'] = formats;
  return document;
}
