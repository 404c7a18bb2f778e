/** The outputs a wiki can ask for, in build order. */
export const OUTPUT_KINDS = ['snapshot', 'openapi-json', 'openapi-yaml', 'client', 'docs', 'changelog'] as const;

/** Pattern every wiki name must match (also checked in code: no `..`, not `.`). */
export const WIKI_NAME_PATTERN = '^[A-Za-z0-9._-]+$';

/**
 * JSON Schema (draft 2020-12) of wikispec.config.json. The repository's `wikispec.config.schema.json` is this object
 * serialized (a unit test keeps them equal), so editors complete the config through its `$schema` reference.
 */
export const CONFIG_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://wikispec.dev/wikispec.config.schema.json',
  title: 'wikispec configuration',
  description: 'The wikis `wikispec build` and `wikispec check` work on, and what to generate for each.',
  type: 'object',
  additionalProperties: false,
  required: ['wikis'],
  properties: {
    $schema: { type: 'string', description: 'Path or URL of this JSON Schema, for editor completion.' },
    outDir: {
      type: 'string',
      default: 'generated',
      description: 'Directory (relative to this file) that receives `<wiki>/…` outputs and the docs site `site/`.',
    },
    userAgent: {
      type: 'string',
      description: 'User-Agent sent to every wiki; Wikimedia asks for a contact (URL or e-mail) in it.',
    },
    concurrency: { type: 'integer', minimum: 1, maximum: 64, default: 4, description: 'How many wikis are built at once.' },
    defaults: { $ref: '#/$defs/wikiOptions', description: 'Options every wiki inherits unless it sets its own.' },
    wikis: {
      type: 'array',
      minItems: 1,
      description: 'The wikis to build, each into `<outDir>/<name>/`.',
      items: { $ref: '#/$defs/wiki' },
    },
  },
  $defs: {
    wikiOptions: {
      type: 'object',
      additionalProperties: false,
      properties: {
        outputs: {
          type: 'array',
          uniqueItems: true,
          items: { enum: [...OUTPUT_KINDS] },
          default: [...OUTPUT_KINDS],
          description: 'What to generate: snapshot.json, openapi.json, openapi.yaml, client/, the docs site pages, CHANGELOG.md.',
        },
        userAgent: { type: 'string', description: 'User-Agent for this wiki (overrides the top-level one).' },
        helpformat: {
          enum: ['none', 'wikitext', 'html', 'raw'],
          default: 'wikitext',
          description: 'Help text markup requested from action=paraminfo.',
        },
        client: {
          type: 'object',
          additionalProperties: false,
          properties: {
            packageName: { type: 'string', description: 'npm package name of the generated client (default `<name>-api-client`).' },
          },
        },
        openapi: {
          type: 'object',
          additionalProperties: false,
          properties: {
            version: { enum: ['3.1.0', '3.0.3'], default: '3.1.0', description: 'OpenAPI version of openapi.json/.yaml.' },
          },
        },
      },
    },
    wiki: {
      type: 'object',
      required: ['name'],
      anyOf: [{ required: ['apiUrl'] }, { required: ['snapshot'] }],
      additionalProperties: false,
      properties: {
        name: {
          type: 'string',
          pattern: WIKI_NAME_PATTERN,
          not: { enum: ['.', '..', 'site'] },
          description: 'Folder name under outDir: letters, digits, `.`, `_`, `-`; not `.`, `..` or `site`.',
        },
        apiUrl: { type: 'string', format: 'uri', pattern: '^https?://', description: 'URL of the wiki\'s api.php.' },
        snapshot: {
          type: 'string',
          description: 'Snapshot file (relative to this file) used by `--offline` builds, or always when there is no apiUrl.',
        },
        outputs: { $ref: '#/$defs/wikiOptions/properties/outputs' },
        userAgent: { $ref: '#/$defs/wikiOptions/properties/userAgent' },
        helpformat: { $ref: '#/$defs/wikiOptions/properties/helpformat' },
        client: { $ref: '#/$defs/wikiOptions/properties/client' },
        openapi: { $ref: '#/$defs/wikiOptions/properties/openapi' },
      },
    },
  },
} as const;
