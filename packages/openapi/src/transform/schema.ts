import type { oas31 } from 'openapi3-ts';
import { compareCodeUnits, enumValues, multiValueLimits, numericBounds, valueKind, type ApiParameter } from '@wikispec/snapshot';
import type { TransformContext } from '../context.js';

/** A schema object with the JSON Schema keywords openapi3-ts does not type (patternProperties). */
export type Schema = oas31.SchemaObject & { patternProperties?: Record<string, oas31.SchemaObject | oas31.ReferenceObject> };

/** `const` in 3.1, a one-value `enum` in 3.0. */
export function constSchema(context: TransformContext, type: 'string' | 'boolean', value: string | boolean): Schema {
  return context.version === '3.1' ? { type, const: value } : { type, enum: [value] };
}

function namespaceIds(context: TransformContext, parameter: ApiParameter): number[] {
  const ids = new Set<number>(context.snapshot.wiki.namespaces.map((namespace) => namespace.id));
  for (const id of parameter.extranamespaces ?? []) ids.add(id);
  return [...ids].sort((a, b) => a - b);
}

/** The schema of one value of a parameter (the item schema for `multi` parameters). */
function valueSchema(context: TransformContext, parameter: ApiParameter): Schema {
  const kind = valueKind(parameter);
  const bounds = numericBounds(parameter);
  switch (kind) {
    case 'enum': {
      // Duplicates would only confuse generators; paraminfo does not send them, hand-edited snapshots might.
      const values = [...new Set(enumValues(parameter) ?? [])];
      if (parameter.multi && parameter.allspecifier !== undefined && !values.includes(parameter.allspecifier)) values.push(parameter.allspecifier);
      // An empty value list (e.g. `tags` on a wiki without change tags) accepts only the empty string; validators
      // (and OpenAPI 3.0) reject `enum: []`.
      if (values.length === 0) return { type: 'string', maxLength: 0, 'x-mediawiki-empty-enum': true };
      const schema: Schema = { type: 'string', enum: values };
      if (parameter.deprecatedvalues?.length) schema['x-mediawiki-deprecated-values'] = [...parameter.deprecatedvalues].sort(compareCodeUnits);
      if (parameter.internalvalues?.length) schema['x-mediawiki-internal-values'] = [...parameter.internalvalues].sort(compareCodeUnits);
      return schema;
    }
    case 'integer': {
      const schema: Schema = { type: 'integer' };
      if (bounds.min !== undefined) schema.minimum = bounds.min;
      if (bounds.max !== undefined) schema.maximum = bounds.highmax ?? bounds.max;
      if (bounds.highmax !== undefined) schema['x-mediawiki-max'] = bounds.max;
      if (parameter.enforcerange) schema['x-mediawiki-enforcerange'] = true;
      return schema;
    }
    case 'limit': {
      const number: Schema = { type: 'integer' };
      if (bounds.min !== undefined) number.minimum = bounds.min;
      if (bounds.highmax !== undefined || bounds.max !== undefined) number.maximum = bounds.highmax ?? bounds.max;
      const schema: Schema = { oneOf: [number, constSchema(context, 'string', 'max')] };
      // `max` for normal users; `highmax` for users with the apihighlimits right.
      if (bounds.max !== undefined) schema['x-mediawiki-max'] = bounds.max;
      if (bounds.highmax !== undefined) schema['x-mediawiki-highmax'] = bounds.highmax;
      return schema;
    }
    case 'float': {
      const schema: Schema = { type: 'number' };
      if (bounds.min !== undefined) schema.minimum = bounds.min;
      if (bounds.max !== undefined) schema.maximum = bounds.max;
      return schema;
    }
    case 'boolean':
      // MediaWiki booleans are true when present with any value (even "false" or "0") and false when absent.
      return { ...constSchema(context, 'boolean', true), 'x-mediawiki-type': 'boolean' };
    case 'namespace':
      // Without siteinfo the wiki's namespaces are unknown: any integer.
      if (context.snapshot.wiki.namespaces.length === 0) return { type: 'integer', 'x-mediawiki-type': 'namespace' };
      return { type: 'integer', enum: namespaceIds(context, parameter), 'x-mediawiki-type': 'namespace' };
    case 'upload':
      return context.version === '3.1' ? { type: 'string', contentMediaType: 'application/octet-stream' } : { type: 'string', format: 'binary' };
    case 'password':
      return { type: 'string', format: 'password', writeOnly: true };
    case 'timestamp':
      return { type: 'string', 'x-mediawiki-type': 'timestamp' };
    default: {
      const schema: Schema = { type: 'string' };
      if (kind !== 'string') schema['x-mediawiki-type'] = typeof parameter.type === 'string' ? parameter.type : kind;
      if (parameter.maxchars !== undefined) schema.maxLength = parameter.maxchars;
      if (parameter.maxbytes !== undefined) schema['x-mediawiki-maxbytes'] = parameter.maxbytes;
      if (parameter.subtypes?.length) schema['x-mediawiki-subtypes'] = [...parameter.subtypes];
      return schema;
    }
  }
}

/** The default, typed like the schema, or undefined when paraminfo's default does not fit it. */
function typedDefault(parameter: ApiParameter, item: Schema): unknown {
  const raw = parameter.default;
  if (raw === undefined || valueKind(parameter) === 'boolean') return undefined;
  const one = (value: string | number | boolean): unknown => {
    if (item.type === 'integer' || item.oneOf) {
      const number = typeof value === 'number' ? value : Number(value);
      if (Number.isInteger(number) && String(value).trim() !== '') return number;
      return item.oneOf && value === 'max' ? 'max' : undefined;
    }
    if (item.type === 'number') return typeof value === 'number' ? value : undefined;
    const text = String(value);
    if (Array.isArray(item.enum) && !item.enum.includes(text)) return undefined;
    return text;
  };
  if (parameter.multi) {
    const parts = String(raw) === '' ? [] : String(raw).split('|').map(one);
    return parts.includes(undefined) ? undefined : parts;
  }
  return one(raw);
}

/** The full schema of a parameter: value schema, array for `multi`, default, deprecation. */
export function parameterSchema(context: TransformContext, parameter: ApiParameter): Schema {
  const item = valueSchema(context, parameter);
  let schema: Schema = item;
  const limits = multiValueLimits(parameter);
  if (limits !== undefined) {
    schema = { type: 'array', items: item, maxItems: limits.highlimit, 'x-mediawiki-lowlimit': limits.lowlimit };
    if (parameter.allowsduplicates) schema['x-mediawiki-allowsduplicates'] = true;
    else if (item.enum !== undefined) schema.uniqueItems = true;
    if (parameter.allspecifier !== undefined) schema['x-mediawiki-allspecifier'] = parameter.allspecifier;
  }
  const fallback = typedDefault(parameter, item);
  if (fallback !== undefined) schema.default = fallback;
  else if (parameter.default !== undefined) schema['x-mediawiki-default'] = parameter.default;
  if (parameter.deprecated) schema.deprecated = true;
  return schema;
}
