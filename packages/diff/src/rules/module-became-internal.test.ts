import { mod, moduleOf, realCase, ruleCases, snap } from '../__fixtures__/builders.js';
import { moduleBecameInternal } from './module-became-internal.js';

ruleCases(moduleBecameInternal, [
  { name: 'became internal', base: snap(mod('parse', { group: 'action' })), head: snap(mod('parse', { group: 'action', internal: true })), expect: [{ module: 'parse', before: false, after: true, location: { snapshot: 'head', pointer: '/modules/0/internal' } }] },
  { name: 'was already internal', base: snap(mod('parse', { internal: true })), head: snap(mod('parse', { internal: true })), expect: [] },
  { name: 'no longer internal', base: snap(mod('parse', { internal: true })), head: snap(mod('parse')), expect: [] },
]);

realCase(moduleBecameInternal, {
  name: 'action=compare becomes internal',
  modules: ['compare'],
  edit: (_base, head) => {
    moduleOf(head, 'compare').internal = true;
  },
  expect: [{ module: 'compare', severity: 'warning' }],
});
