import { mod, moduleOf, realCase, ruleCases, snap } from '../__fixtures__/builders.js';
import { writerightsAdded } from './writerights-added.js';

ruleCases(writerightsAdded, [
  { name: 'write rights now required', base: snap(mod('x', { group: 'action' })), head: snap(mod('x', { group: 'action', writerights: true })), expect: [{ module: 'x', before: false, after: true }] },
  { name: 'already required', base: snap(mod('x', { writerights: true })), head: snap(mod('x', { writerights: true })), expect: [] },
  { name: 'read rights added is another rule', base: snap(mod('x')), head: snap(mod('x', { readrights: true })), expect: [] },
]);

realCase(writerightsAdded, {
  name: 'action=parse requires write rights',
  modules: ['parse'],
  edit: (_base, head) => {
    moduleOf(head, 'parse').writerights = true;
  },
  expect: [{ module: 'parse', severity: 'warning' }],
});
