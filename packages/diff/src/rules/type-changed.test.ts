import { mod, moduleOf, param, paramOf, realCase, ruleCases, snap } from '../__fixtures__/builders.js';
import { typeChanged } from './type-changed.js';

ruleCases(typeChanged, [
  { name: 'integer -> boolean', base: snap(mod('x', {}, param('a', { type: 'integer' }))), head: snap(mod('x', {}, param('a', { type: 'boolean' }))), expect: [{ parameter: 'a', before: 'integer', after: 'boolean' }] },
  { name: 'enum -> namespace', base: snap(mod('x', {}, param('a', { type: ['a'] }))), head: snap(mod('x', {}, param('a', { type: 'namespace' }))), expect: [{ parameter: 'a' }] },
  { name: 'string -> integer narrows', base: snap(mod('x', {}, param('a'))), head: snap(mod('x', {}, param('a', { type: 'integer' }))), expect: [] },
  { name: 'same type', base: snap(mod('x', {}, param('a', { type: 'integer' }))), head: snap(mod('x', {}, param('a', { type: 'integer' }))), expect: [] },
]);

realCase(typeChanged, {
  name: 'aplimit becomes a boolean',
  modules: ['query+allpages'],
  edit: (_base, head) => {
    paramOf(moduleOf(head, 'query+allpages'), 'limit').type = 'boolean';
  },
  expect: [{ parameter: 'aplimit', severity: 'breaking', before: 'limit', after: 'boolean' }],
});
