import { mod, moduleOf, param, paramOf, realCase, ruleCases, snap } from '../__fixtures__/builders.js';
import { enumValueBecameInternal } from './enum-value-became-internal.js';

ruleCases(enumValueBecameInternal, [
  { name: 'value became internal', base: snap(mod('main', {}, param('errorformat', { type: ['bc', 'raw'] }))), head: snap(mod('main', {}, param('errorformat', { type: ['bc', 'raw'], internalvalues: ['raw'] }))), expect: [{ parameter: 'errorformat', value: 'raw', location: { snapshot: 'head', pointer: '/modules/0/parameters/0/type/1' } }] },
  { name: 'new value that is internal from the start', base: snap(mod('x', {}, param('a', { type: ['a'] }))), head: snap(mod('x', {}, param('a', { type: ['a', 'b'], internalvalues: ['b'] }))), expect: [] },
  { name: 'already internal', base: snap(mod('x', {}, param('a', { type: ['a'], internalvalues: ['a'] }))), head: snap(mod('x', {}, param('a', { type: ['a'], internalvalues: ['a'] }))), expect: [] },
]);

realCase(enumValueBecameInternal, {
  name: 'apfilterredir=nonredirects becomes internal',
  modules: ['query+allpages'],
  edit: (_base, head) => {
    paramOf(moduleOf(head, 'query+allpages'), 'filterredir').internalvalues = ['nonredirects'];
  },
  expect: [{ parameter: 'apfilterredir', value: 'nonredirects', severity: 'warning' }],
});
