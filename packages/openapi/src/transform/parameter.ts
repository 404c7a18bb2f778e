import type { oas31 } from 'openapi3-ts';
import { tokenParameter } from '@wikispec/snapshot';
import { markdownLiteral, type TransformContext } from '../context.js';
import type { WireParameter } from '../module-parameters.js';
import { parameterSchema, type Schema } from './schema.js';

/** The description of a parameter: its help as Markdown, plus what only the generator form or a template adds. */
export function parameterDescription(context: TransformContext, entry: WireParameter): string {
  const help = context.markdown(entry.parameter.description);
  if (entry.generatorOf !== undefined) {
    const own = entry.wire.slice(1);
    return `Generator form of ${markdownLiteral(own)} (when ${markdownLiteral(entry.module.name)} is the generator). ${help}`.trim();
  }
  return help;
}

/** Extensions carrying what OpenAPI cannot say about a parameter. */
function parameterExtensions(entry: WireParameter): Record<string, unknown> {
  const extensions: Record<string, unknown> = {};
  const { parameter } = entry;
  if (parameter.tokentype !== undefined) extensions['x-mediawiki-token'] = parameter.tokentype;
  if (parameter.sensitive) extensions['x-mediawiki-sensitive'] = true;
  if (entry.templated !== undefined) extensions['x-mediawiki-templated'] = entry.templated;
  if (parameter.submodules !== undefined) {
    // A list of pairs, never an object keyed by value: a value such as `$ref` must not look like a JSON reference.
    extensions['x-mediawiki-submodules'] = Object.keys(parameter.submodules)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .map((value) => ({ value, module: parameter.submodules?.[value] }));
  }
  if (parameter.info?.length) extensions['x-mediawiki-info'] = parameter.info.map((info) => ({ name: info.name, ...(info.text === undefined ? {} : { text: info.text }) }));
  return extensions;
}

/** A query parameter object for `components.parameters`. */
export function queryParameter(context: TransformContext, entry: WireParameter): oas31.ParameterObject {
  const schema: Schema = parameterSchema(context, entry.parameter);
  const object: oas31.ParameterObject = { name: entry.wire, in: 'query' };
  const description = parameterDescription(context, entry);
  if (description !== '') object.description = description;
  if (entry.parameter.required && entry.generatorOf === undefined) object.required = true;
  if (entry.parameter.deprecated) object.deprecated = true;
  if (schema.type === 'array') {
    // MediaWiki separates values with `|` (or U+001F when a value contains `|`, with U+001F first).
    object.style = 'pipeDelimited';
    object.explode = false;
  }
  object.schema = schema;
  Object.assign(object, parameterExtensions(entry));
  return object;
}

/**
 * A body property schema. The help is repeated only when asked (modules without a GET operation), so each text
 * appears once in the document; otherwise the GET query parameter of the same name carries it.
 */
export function bodyProperty(context: TransformContext, entry: WireParameter, describe: boolean): Schema {
  const schema: Schema = { ...parameterSchema(context, entry.parameter) };
  const description = describe ? parameterDescription(context, entry) : '';
  if (description !== '') schema.description = description;
  if (entry.parameter.tokentype !== undefined) schema['x-mediawiki-token'] = entry.parameter.tokentype;
  return schema;
}

/** The token type a module needs, if any (for its operation's extension). */
export function moduleTokenType(entry: { module: Parameters<typeof tokenParameter>[0] }): string | undefined {
  return tokenParameter(entry.module)?.tokentype;
}
