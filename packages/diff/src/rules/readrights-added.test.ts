import { mod, moduleOf, realCase, ruleCases, snap } from '../__fixtures__/builders.js';
import { readrightsAdded } from './readrights-added.js';

ruleCases(readrightsAdded, [
  { name: 'read right now required', base: snap(mod('x', { group: 'action' })), head: snap(mod('x', { group: 'action', readrights: true })), expect: [{ module: 'x', location: { snapshot: 'head', pointer: '/modules/0/readrights' } }] },
  { name: 'already required', base: snap(mod('x', { readrights: true })), head: snap(mod('x', { readrights: true })), expect: [] },
  { name: 'write rights added is another rule', base: snap(mod('x')), head: snap(mod('x', { writerights: true })), expect: [] },
]);

realCase(readrightsAdded, {
  name: 'action=clientlogin requires read',
  modules: ['clientlogin'],
  edit: (_base, head) => {
    moduleOf(head, 'clientlogin').readrights = true;
  },
  expect: [{ module: 'clientlogin', severity: 'warning' }],
});
