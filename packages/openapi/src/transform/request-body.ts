import type { oas31 } from 'openapi3-ts';
import type { TransformContext } from '../context.js';
import { isUnsafeKey, setKey } from '../context.js';
import type { OpenTemplatedParameter, WireParameter } from '../module-parameters.js';
import { bodyProperty, parameterDescription } from './parameter.js';
import { parameterSchema, type Schema } from './schema.js';

/** Escapes a string for use as a whole-string regular expression. */
function escapeRegExp(text: string): string {
  // Only syntax characters: identity escapes of others (`\-`) are errors in Unicode mode.
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A pattern matching exactly `text`. */
function exactPattern(text: string): string {
  return `^${escapeRegExp(text)}$`;
}

/**
 * The object schema of a module's own parameters, used by POST bodies (`components.schemas.params.<module>`). It
 * lists no `required`: the same schema serves the module's own operation and combined ones (`/api.php/query`), so
 * each operation states what it requires.
 * A parameter whose name must not be an object key (`$ref`, `$id`, any `$…`, `hasOwnProperty`: see isUnsafeKey) goes
 * into `patternProperties` (3.1) with an exact-name pattern, so no tool mistakes it for a keyword.
 */
export function parametersSchema(context: TransformContext, title: string, entries: readonly WireParameter[], open: readonly OpenTemplatedParameter[], describe: boolean): Schema {
  const properties: Record<string, Schema> = {};
  const patternProperties: Record<string, Schema> = {};
  const unrepresentable: string[] = [];
  for (const entry of entries) {
    const property = bodyProperty(context, entry, describe);
    if (isUnsafeKey(entry.wire)) {
      // The name itself rides along as a value, so the body of a POST-only module still names the parameter.
      if (context.version === '3.1') setKey(patternProperties, exactPattern(entry.wire), { ...property, 'x-mediawiki-name': entry.wire });
      else unrepresentable.push(entry.wire);
    } else setKey(properties, entry.wire, property);
  }
  for (const templated of open) {
    const pattern = `^${templated.wire.split(/\{[^{}]+\}/).map(escapeRegExp).join('.+')}$`;
    const schema = { ...parameterSchema(context, templated.parameter), description: parameterDescription(context, { key: '', wire: templated.wire, module: templated.module, parameter: templated.parameter }), 'x-mediawiki-templated': templated.wire };
    if (context.version === '3.1') setKey(patternProperties, pattern, schema);
    else unrepresentable.push(templated.wire);
  }
  const schema: Schema = { type: 'object', title };
  if (Object.keys(properties).length > 0) schema.properties = properties;
  if (Object.keys(patternProperties).length > 0) {
    schema.patternProperties = patternProperties;
    // Open, as every params schema is (the default, said explicitly): Redocly's example check (no-invalid-media-type-
    // examples) otherwise closes a schema holding patternProperties, so in an allOf body it rejects every example key
    // that this member's patterns do not match (fuzz case 1924: `x` of a combined submodule beside `^text-.+$`).
    schema.additionalProperties = true;
  }
  if (unrepresentable.length > 0) schema['x-mediawiki-unlisted-parameters'] = unrepresentable;
  return schema;
}

/** `encoding` entries for multi-value body fields of a form body: MediaWiki wants them `|`-separated. */
export function formEncoding(entries: readonly WireParameter[]): Record<string, oas31.EncodingObject> | undefined {
  const encoding: Record<string, oas31.EncodingObject> = {};
  for (const entry of entries) {
    if (!entry.parameter.multi || isUnsafeKey(entry.wire)) continue;
    setKey(encoding, entry.wire, { style: 'pipeDelimited', explode: false });
  }
  return Object.keys(encoding).length > 0 ? encoding : undefined;
}

/** Turns a paraminfo example query into a body example typed like the schema, or undefined when it does not fit. */
export function exampleValue(
  context: TransformContext,
  query: string,
  entries: readonly WireParameter[],
  selecting: ReadonlySet<string>,
  required: readonly string[],
): Record<string, unknown> | undefined {
  const byWire = new Map(entries.map((entry) => [entry.wire, entry]));
  const value: Record<string, unknown> = {};
  for (const [name, raw] of new URLSearchParams(query)) {
    if (selecting.has(name)) continue;
    // Such a name cannot be a key of the example value (see isUnsafeKey): the example is left out rather than cut.
    if (isUnsafeKey(name)) return undefined;
    const entry = byWire.get(name);
    // Examples that use parameters of other modules (a generator, another prop) do not fit this operation's schema.
    if (entry === undefined) return undefined;
    const schema = parameterSchema(context, entry.parameter);
    const typed = typedValue(schema, raw);
    if (typed === undefined) return undefined;
    setKey(value, name, typed);
  }
  return required.every((wire) => Object.hasOwn(value, wire)) ? value : undefined;
}

function typedItem(schema: Schema, raw: string): unknown {
  if (schema.oneOf) {
    if (raw === 'max') return 'max';
    const number = Number(raw);
    return Number.isInteger(number) && raw.trim() !== '' ? number : undefined;
  }
  if (schema.type === 'boolean') return true;
  if (schema.type === 'integer') {
    const number = Number(raw);
    if (!Number.isInteger(number) || raw.trim() === '') return undefined;
    return Array.isArray(schema.enum) && !schema.enum.includes(number) ? undefined : number;
  }
  if (schema.type === 'number') {
    const number = Number(raw);
    return Number.isFinite(number) && raw.trim() !== '' ? number : undefined;
  }
  if (schema.contentMediaType !== undefined || schema.format === 'binary') return undefined;
  if (Array.isArray(schema.enum) && !schema.enum.includes(raw)) return undefined;
  if (schema.maxLength !== undefined && [...raw].length > schema.maxLength) return undefined;
  return raw;
}

function typedValue(schema: Schema, raw: string): unknown {
  if (schema.type === 'array') {
    const items = schema.items as Schema;
    const parts = raw.startsWith('\u001f') ? raw.slice(1).split('\u001f') : raw.split('|');
    const typed = parts.map((part) => typedItem(items, part));
    if (typed.includes(undefined)) return undefined;
    if (schema.maxItems !== undefined && typed.length > schema.maxItems) return undefined;
    if (schema.uniqueItems && new Set(typed).size !== typed.length) return undefined;
    return typed;
  }
  return typedItem(schema, raw);
}
