import type { oas31 } from 'openapi3-ts';
import type { TransformContext } from '../context.js';
import { setKey } from '../context.js';
import type { WireParameter } from '../module-parameters.js';
import { queryParameter } from './parameter.js';
import type { Schema } from './schema.js';

/** Components collected while the paths are built; each parameter and schema is defined once, then referenced. */
export class ComponentRegistry {
  readonly parameters = new Map<string, oas31.ParameterObject>();
  readonly schemas = new Map<string, Schema>();

  constructor(private readonly context: TransformContext) {}

  /** A reference to the shared query parameter of `entry`, defining it on first use. */
  parameterRef(entry: WireParameter): oas31.ReferenceObject {
    if (!this.parameters.has(entry.key)) this.parameters.set(entry.key, queryParameter(this.context, entry));
    return { $ref: `#/components/parameters/${entry.key}` };
  }

  /** A reference to a named schema, built on first use. */
  schemaRef(key: string, build: () => Schema): oas31.ReferenceObject {
    if (!this.schemas.has(key)) this.schemas.set(key, build());
    return { $ref: `#/components/schemas/${key}` };
  }
}

const MESSAGE_DESCRIPTION = 'An error or warning message; which text fields appear depends on `errorformat`.';

/** The response envelope every module shares (https://www.mediawiki.org/wiki/API:Errors_and_warnings). */
function envelopeSchemas(): Record<string, Schema> {
  return {
    ApiError: {
      type: 'object',
      description: 'The error of a failed request with the default `errorformat=bc`.',
      required: ['code'],
      properties: {
        code: { type: 'string', description: 'Machine-readable error code; also sent in the `MediaWiki-API-Error` header.' },
        info: { type: 'string', description: 'Human-readable error text.' },
        docref: { type: 'string', description: 'Where to find API documentation.' },
        module: { type: 'string', description: 'Path of the module that raised the error.' },
      },
    },
    ApiMessage: {
      type: 'object',
      description: MESSAGE_DESCRIPTION,
      required: ['code'],
      properties: {
        code: { type: 'string', description: 'Machine-readable message code.' },
        module: { type: 'string', description: 'Path of the module that raised the message.' },
        text: { type: 'string', description: 'Plain text (`errorformat=plaintext`).' },
        html: { type: 'string', description: 'HTML (`errorformat=html`).' },
        key: { type: 'string', description: 'Message key (`errorformat=raw`).' },
        params: { type: 'array', items: {}, description: 'Message parameters (`errorformat=raw`).' },
      },
    },
    ApiResponse: {
      type: 'object',
      description:
        'The envelope every Action API response shares. paraminfo does not describe module results, so the module-specific keys (`query`, `parse`, `edit`, …) are left open here rather than invented.',
      properties: {
        batchcomplete: { description: 'Present (true with formatversion=2, `""` otherwise) when the batch is complete.', type: ['boolean', 'string'] },
        continue: { type: 'object', description: 'Parameters to send with the next request to continue; absent when done.', additionalProperties: { type: 'string' } },
        error: { $ref: '#/components/schemas/ApiError' },
        errors: { type: 'array', description: 'Errors with `errorformat` other than `bc`.', items: { $ref: '#/components/schemas/ApiMessage' } },
        warnings: {
          description: 'Warnings: an object keyed by module with `errorformat=bc`, a list of messages otherwise.',
          oneOf: [{ type: 'object', additionalProperties: {} }, { type: 'array', items: { $ref: '#/components/schemas/ApiMessage' } }],
        },
        servedby: { type: 'string', description: 'Host that served the request (`servedby`).' },
        curtimestamp: { type: 'string', description: 'Current timestamp (`curtimestamp`).' },
        requestid: { type: 'string', description: 'The `requestid` sent with the request.' },
        uselang: { type: 'string', description: 'The language used, with `responselanginfo`.' },
        errorlang: { type: 'string', description: 'The error language used, with `responselanginfo`.' },
      },
      additionalProperties: {},
    },
  };
}

/** 3.0 has no type arrays: `["boolean","string"]` becomes `oneOf`. */
function downgradeTypeArrays(schema: Schema, version: TransformContext['version']): Schema {
  if (version === '3.1') return schema;
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) setKey(out, key, walk(value));
    if (Array.isArray(out.type)) {
      const types = out.type as string[];
      delete out.type;
      out.oneOf = types.map((type) => ({ type }));
    }
    return out;
  };
  return walk(schema) as Schema;
}

/** The static components: envelope schemas, the shared response, the error header and cookie security. */
export function staticComponents(context: TransformContext): Pick<oas31.ComponentsObject, 'schemas' | 'responses' | 'headers' | 'securitySchemes'> {
  const schemas: Record<string, Schema> = {};
  for (const [name, schema] of Object.entries(envelopeSchemas())) schemas[name] = downgradeTypeArrays(schema, context.version);
  const cookiePrefix = context.snapshot.wiki.wikiid ?? 'wiki';
  return {
    schemas,
    headers: {
      'MediaWiki-API-Error': {
        description: 'Set on failed requests; the value is the error code (also in the body).',
        schema: { type: 'string' },
      },
    },
    responses: {
      ApiResponse: {
        description:
          'The API answered. MediaWiki reports API errors with status 200 too: check the `MediaWiki-API-Error` header or the `error`/`errors` member.',
        headers: { 'MediaWiki-API-Error': { $ref: '#/components/headers/MediaWiki-API-Error' } },
        content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiResponse' } } },
      },
      HttpError: {
        description: 'An HTTP-level failure (bad request line, server or proxy error) rather than an API error.',
        content: { 'text/html': { schema: { type: 'string' } } },
      },
    },
    securitySchemes: {
      session: {
        type: 'apiKey',
        in: 'cookie',
        name: `${cookiePrefix}_session`,
        description:
          'The session cookie set by `action=login` (bot password) or `action=clientlogin`; the cookie name is `$wgCookiePrefix` + `_session` (assumed to be the wiki id here). Write actions also need a token from `action=query&meta=tokens`.',
      },
    },
  };
}

/** A component map with keys in code-unit order, written with own properties only. */
export function sortedMap<T>(entries: ReadonlyMap<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of [...entries.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) setKey(out, key, entries.get(key) as T);
  return out;
}
