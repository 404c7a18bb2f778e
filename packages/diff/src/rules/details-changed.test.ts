import { mod, moduleOf, param, paramOf, realCase, ruleCases, snap } from '../__fixtures__/builders.js';
import { detailsChanged } from './details-changed.js';

ruleCases(detailsChanged, [
  { name: 'allowsduplicates added', base: snap(mod('x', {}, param('a', { multi: true }))), head: snap(mod('x', {}, param('a', { multi: true, allowsduplicates: true }))), expect: [{ parameter: 'a', after: true, message: 'Parameter a of x changed allowsduplicates: (none) -> true.' }] },
  { name: 'enforcerange dropped, allspecifier added', base: snap(mod('x', {}, param('a', { enforcerange: true }))), head: snap(mod('x', {}, param('a', { allspecifier: '*' }))), expect: [{ after: '*' }, { before: true, location: { snapshot: 'base', pointer: '/modules/0/parameters/0/enforcerange' } }] },
  { name: 'submodule value retargeted', base: snap(mod('main', {}, param('action', { type: ['a'], submodules: { a: 'a' } }))), head: snap(mod('main', {}, param('action', { type: ['a'], submodules: { a: 'b' } }))), expect: [{ parameter: 'action' }] },
  { name: 'module group changed', base: snap(mod('query+x', { group: 'list' })), head: snap(mod('query+x', { group: 'prop' })), expect: [{ module: 'query+x', before: 'list', after: 'prop' }] },
  { name: 'dynamic parameters help changed', base: snap(mod('x', { dynamicparameters: 'a' })), head: snap(mod('x', { dynamicparameters: 'b' })), expect: [{ module: 'x' }] },
  { name: 'dynamic parameters removed is another rule', base: snap(mod('x', { dynamicparameters: 'a' })), head: snap(mod('x')), expect: [] },
  { name: 'submodule map grows with a new module', base: snap(mod('main', {}, param('action', { type: ['a'], submodules: { a: 'a' } }))), head: snap(mod('main', {}, param('action', { type: ['a', 'b'], submodules: { a: 'a', b: 'b' } }))), expect: [] },
]);

realCase(detailsChanged, {
  name: 'titles of action=query allows duplicates',
  modules: ['query'],
  edit: (_base, head) => {
    paramOf(moduleOf(head, 'query'), 'titles').allowsduplicates = true;
  },
  expect: [{ parameter: 'titles', severity: 'info' }],
});

ruleCases(detailsChanged, [
  {
    name: 'a submodule value named like an Object.prototype key',
    base: snap(mod('main', {}, param('action', { type: ['constructor'], submodules: { constructor: 'constructor' } }))),
    head: snap(mod('main', {}, param('action', { type: ['constructor'], submodules: { constructor: 'constructor' } }))),
    expect: [],
  },
  {
    name: 'retargeted value named like an Object.prototype key',
    base: snap(mod('main', {}, param('action', { type: ['toString'], submodules: { toString: 'a' } }))),
    head: snap(mod('main', {}, param('action', { type: ['toString'], submodules: { toString: 'b' } }))),
    expect: [{ parameter: 'action' }],
  },
]);
