import { mod, moduleOf, realCase, ruleCases, snap } from '../__fixtures__/builders.js';
import { restrictionLifted } from './restriction-lifted.js';

ruleCases(restrictionLifted, [
  { name: 'POST no longer required', base: snap(mod('purge', { group: 'action', mustbeposted: true })), head: snap(mod('purge', { group: 'action' })), expect: [{ module: 'purge', message: 'Module action=purge no longer requires POST.', location: { snapshot: 'base', pointer: '/modules/0/mustbeposted' } }] },
  { name: 'rights dropped', base: snap(mod('x', { readrights: true, writerights: true })), head: snap(mod('x')), expect: [{ message: 'Module x no longer requires the read right.' }, { message: 'Module x no longer requires write rights.' }] },
  { name: 'POST now required', base: snap(mod('x')), head: snap(mod('x', { mustbeposted: true })), expect: [] },
  { name: 'unchanged', base: snap(mod('x', { mustbeposted: true })), head: snap(mod('x', { mustbeposted: true })), expect: [] },
]);

realCase(restrictionLifted, {
  name: 'action=edit no longer must be posted',
  modules: ['edit'],
  edit: (_base, head) => {
    delete moduleOf(head, 'edit').mustbeposted;
  },
  expect: [{ module: 'edit', severity: 'info' }],
});
