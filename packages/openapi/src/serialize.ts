import { stringify } from 'yaml';
import type { oas31 } from 'openapi3-ts';

/** Output syntax of a document. */
export type OpenApiFormat = 'json' | 'yaml';

/** Containers whose one-line form fits in this many characters are written on one line. */
const INLINE_WIDTH = 100;

/** JSON with 2-space indentation where small objects and arrays stay on one line (`{ "$ref": "…" }`). */
function stringifyJson(value: unknown, indent: string): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const inline = inlineJson(value, INLINE_WIDTH - indent.length);
  if (inline !== undefined) return inline;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => `${inner}${stringifyJson(item, inner)}`).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${stringifyJson(item, inner)}`).join(',\n')}\n${indent}}`;
}

/** The one-line form of a container, or undefined as soon as it exceeds `budget` characters. */
function inlineJson(value: object, budget = INLINE_WIDTH): string | undefined {
  let text = Array.isArray(value) ? '[' : '{ ';
  let first = true;
  for (const [key, item] of Array.isArray(value) ? value.map((entry, index) => [String(index), entry] as const) : Object.entries(value)) {
    if (item === undefined) continue;
    const head = (first ? '' : ', ') + (Array.isArray(value) ? '' : `${JSON.stringify(key)}: `);
    const part = item !== null && typeof item === 'object' ? inlineJson(item as object, budget - text.length - head.length) : JSON.stringify(item);
    if (part === undefined) return undefined;
    text += head + part;
    first = false;
    if (text.length > budget) return undefined;
  }
  if (first) return Array.isArray(value) ? '[]' : '{}';
  text += Array.isArray(value) ? ']' : ' }';
  return text.length <= budget ? text : undefined;
}

/** Serializes a document to stable bytes: JSON (2-space, small containers inline) or YAML (block style, no aliases). */
export function serializeOpenApi(document: oas31.OpenAPIObject, format: OpenApiFormat = 'json'): string {
  if (format === 'json') return `${stringifyJson(document, '')}\n`;
  return stringify(document, { aliasDuplicateObjects: false, lineWidth: 0, indent: 2 });
}
