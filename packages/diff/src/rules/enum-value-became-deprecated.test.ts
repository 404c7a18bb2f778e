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
