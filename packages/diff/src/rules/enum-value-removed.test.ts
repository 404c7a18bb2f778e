import { mod, moduleOf, param, paramOf, realCase, ruleCases, snap } from '../__fixtures__/builders.js';
import { enumValueRemoved } from './enum-value-removed.js';

ruleCases(enumValueRemoved, [
  {
    name: 'value removed from a single-value enum',
    base: snap(mod('query+allpages', { group: 'list', prefix: 'ap' }, param('filterredir', { type: ['all', 'nonredirects', 'redirects'] }))),
    head: snap(mod('query+allpages', { group: 'list', prefix: 'ap' }, param('filterredir', { type: ['all', 'redirects'] }))),
    expect: [{ parameter: 'apfilterredir', value: 'nonredirects', before: 'nonredirects', location: { snapshot: 'base', pointer: '/modules/0/parameters/0/type/1' }, message: 'Value "nonredirects" of parameter apfilterredir of list=allpages (query+allpages) was removed; requests sending it fail with an "unrecognized value" error.' }],
  },
  {
    name: 'value removed from a multi-value enum (oasdiff misses this inside array items)',
    base: snap(mod('query+revisions', { group: 'prop', prefix: 'rv' }, param('prop', { multi: true, type: ['content', 'ids', 'size'] }))),
    head: snap(mod('query+revisions', { group: 'prop', prefix: 'rv' }, param('prop', { multi: true, type: ['content', 'ids'] }))),
    expect: [{ parameter: 'rvprop', value: 'size', message: 'Value "size" of multi-value parameter rvprop of prop=revisions (query+revisions) was removed; requests sending it get an "unrecognized value" warning and lose it.' }],
  },
  { name: 'deprecated value removed is another rule', base: snap(mod('x', {}, param('a', { type: ['a', 'b'], deprecatedvalues: ['b'] }))), head: snap(mod('x', {}, param('a', { type: ['a'] }))), expect: [] },
  { name: 'internal value removed is not reported', base: snap(mod('x', {}, param('a', { type: ['a', 'b'], internalvalues: ['b'] }))), head: snap(mod('x', {}, param('a', { type: ['a'] }))), expect: [] },
  { name: 'value added', base: snap(mod('x', {}, param('a', { type: ['a'] }))), head: snap(mod('x', {}, param('a', { type: ['a', 'b'] }))), expect: [] },
  {
    name: 'submodule value whose module is removed is module-removed',
    base: snap(mod('main', {}, param('action', { type: ['parse'], submodules: { parse: 'parse' } })), mod('parse', { group: 'action' })),
    head: snap(mod('main', {}, param('action', { type: [], submodules: {} }))),
    expect: [],
  },
  {
    name: 'submodule value of a module the excerpt lacks is reported',
    base: snap(mod('main', {}, param('format', { type: ['json', 'php'], submodules: { json: 'json', php: 'php' } }))),
    head: snap(mod('main', {}, param('format', { type: ['json'], submodules: { json: 'json' } }))),
    expect: [{ parameter: 'format', value: 'php' }],
  },
  { name: 'string became enum is a type change', base: snap(mod('x', {}, param('a'))), head: snap(mod('x', {}, param('a', { type: ['a'] }))), expect: [] },
]);

realCase(enumValueRemoved, {
  name: 'rvprop loses "size" (multi) and rvdir loses "newer" (single)',
  modules: ['query+revisions'],
  edit: (_base, head) => {
    const module = moduleOf(head, 'query+revisions');
    const prop = paramOf(module, 'prop');
    prop.type = (prop.type as string[]).filter((value) => value !== 'size');
    const dir = paramOf(module, 'dir');
    dir.type = (dir.type as string[]).filter((value) => value !== 'newer');
  },
  expect: [
    { parameter: 'rvdir', value: 'newer', severity: 'breaking' },
    { parameter: 'rvprop', value: 'size', severity: 'breaking' },
  ],
});
