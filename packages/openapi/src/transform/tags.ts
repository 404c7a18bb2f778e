import type { oas31 } from 'openapi3-ts';
import { markdownLiteral } from '../context.js';

const DESCRIPTIONS: Readonly<Record<string, string>> = {
  action: 'Modules selected by `action`.',
  'query prop': 'Query submodules selected by `prop`: properties of the given pages.',
  'query list': 'Query submodules selected by `list`: lists of pages or other items.',
  'query meta': 'Query submodules selected by `meta`: wiki and user metadata.',
};

/** The Tag Objects of every tag used by the operations, sorted, each with a description. */
export function tags(paths: oas31.PathsObject): oas31.TagObject[] {
  const names = new Set<string>();
  for (const item of Object.values(paths)) {
    for (const operation of [item.get, item.post]) for (const tag of operation?.tags ?? []) names.add(tag);
  }
  return [...names]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((name) => ({ name, description: Object.hasOwn(DESCRIPTIONS, name) ? (DESCRIPTIONS[name] as string) : `Submodules selected by ${markdownLiteral(name.split(' ').at(-1) ?? name)} of ${markdownLiteral(name.split(' ')[0] ?? name)}.` }));
}
