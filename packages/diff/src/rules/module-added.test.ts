import { mod, realCase, realModule, ruleCases, snap } from '../__fixtures__/builders.js';
import { moduleAdded } from './module-added.js';

ruleCases(moduleAdded, [
  { name: 'module added', base: snap(), head: snap(mod('parse', { group: 'action' })), expect: [{ module: 'parse', after: 'parse', location: { snapshot: 'head', pointer: '/modules/0' } }] },
  { name: 'internal module added says so', base: snap(), head: snap(mod('x', { group: 'action', internal: true })), expect: [{ message: 'New module action=x (internal).' }] },
  { name: 'module removed', base: snap(mod('parse')), head: snap(), expect: [] },
  { name: 'nothing changed', base: snap(mod('parse')), head: snap(mod('parse')), expect: [] },
]);

realCase(moduleAdded, {
  name: 'adding list=abusefilters',
  modules: ['query'],
  edit: (_base, head) => {
    head.modules.push(realModule('query+abusefilters'));
  },
  expect: [{ module: 'query+abusefilters', severity: 'info' }],
});
