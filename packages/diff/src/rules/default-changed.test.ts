import { mod, moduleOf, param, paramOf, realCase, ruleCases, snap } from '../__fixtures__/builders.js';
import { defaultChanged } from './default-changed.js';

ruleCases(defaultChanged, [
  { name: 'enum default changed', base: snap(mod('x', {}, param('dir', { type: ['a', 'b'], default: 'a' }))), head: snap(mod('x', {}, param('dir', { type: ['a', 'b'], default: 'b' }))), expect: [{ parameter: 'dir', before: 'a', after: 'b', message: 'Parameter dir of x has a new default: "a" -> "b"; callers that omit it get different behaviour.' }] },
  { name: 'default added', base: snap(mod('x', {}, param('a'))), head: snap(mod('x', {}, param('a', { default: 'z' }))), expect: [{ parameter: 'a', after: 'z' }] },
  { name: 'default removed points into the base', base: snap(mod('x', {}, param('a', { default: 'z' }))), head: snap(mod('x', {}, param('a'))), expect: [{ before: 'z', location: { snapshot: 'base', pointer: '/modules/0/parameters/0/default' } }] },
  { name: 'limit default is limit-default-changed', base: snap(mod('x', {}, param('limit', { type: 'limit', default: 10 }))), head: snap(mod('x', {}, param('limit', { type: 'limit', default: 20 }))), expect: [] },
  { name: 'same default', base: snap(mod('x', {}, param('a', { default: 'z' }))), head: snap(mod('x', {}, param('a', { default: 'z' }))), expect: [] },
]);

realCase(defaultChanged, {
  name: 'rvprop default drops flags',
  modules: ['query+revisions'],
  edit: (_base, head) => {
    paramOf(moduleOf(head, 'query+revisions'), 'prop').default = 'ids|timestamp';
  },
  expect: [{ parameter: 'rvprop', before: 'ids|timestamp|flags|comment|user', after: 'ids|timestamp', severity: 'warning' }],
});
