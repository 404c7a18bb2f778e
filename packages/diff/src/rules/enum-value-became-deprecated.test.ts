import { mod, moduleOf, param, paramOf, realCase, ruleCases, snap } from '../__fixtures__/builders.js';
import { enumValueBecameDeprecated } from './enum-value-became-deprecated.js';

ruleCases(enumValueBecameDeprecated, [
  { name: 'value became deprecated', base: snap(mod('main', {}, param('errorformat', { type: ['bc', 'raw'] }))), head: snap(mod('main', {}, param('errorformat', { type: ['bc', 'raw'], deprecatedvalues: ['bc'] }))), expect: [{ parameter: 'errorformat', value: 'bc' }] },
  { name: 'already deprecated', base: snap(mod('x', {}, param('a', { type: ['a'], deprecatedvalues: ['a'] }))), head: snap(mod('x', {}, param('a', { type: ['a'], deprecatedvalues: ['a'] }))), expect: [] },
  { name: 'new deprecated value', base: snap(mod('x', {}, param('a', { type: [] }))), head: snap(mod('x', {}, param('a', { type: ['a'], deprecatedvalues: ['a'] }))), expect: [] },
]);

realCase(enumValueBecameDeprecated, {
  name: 'rvprop=sha1 becomes deprecated',
  modules: ['query+revisions'],
  edit: (_base, head) => {
    const prop = paramOf(moduleOf(head, 'query+revisions'), 'prop');
    prop.deprecatedvalues = [...(prop.deprecatedvalues ?? []), 'sha1'];
  },
  expect: [{ parameter: 'rvprop', value: 'sha1', severity: 'warning' }],
});

ruleCases(enumValueBecameDeprecated, [
  {
    name: 'submodule value deprecated while its module is not',
    base: snap(mod('query', {}, param('list', { type: ['a'], submodules: { a: 'query+a' } })), mod('query+a', { group: 'list' })),
    head: snap(mod('query', {}, param('list', { type: ['a'], submodules: { a: 'query+a' }, deprecatedvalues: ['a'] })), mod('query+a', { group: 'list' })),
    expect: [{ parameter: 'list', value: 'a' }],
  },
  {
    name: 'submodule value deprecated with its module is module-became-deprecated',
    base: snap(mod('query', {}, param('list', { type: ['a'], submodules: { a: 'query+a' } })), mod('query+a', { group: 'list' })),
    head: snap(mod('query', {}, param('list', { type: ['a'], submodules: { a: 'query+a' }, deprecatedvalues: ['a'] })), mod('query+a', { group: 'list', deprecated: true })),
    expect: [],
  },
]);
