import { mod, moduleOf, realCase, ruleCases, snap } from '../__fixtures__/builders.js';
import { mustbepostedAdded } from './mustbeposted-added.js';

ruleCases(mustbepostedAdded, [
  { name: 'now POST only', base: snap(mod('purge', { group: 'action' })), head: snap(mod('purge', { group: 'action', mustbeposted: true })), expect: [{ module: 'purge', after: true }] },
  { name: 'was POST only already', base: snap(mod('purge', { mustbeposted: true })), head: snap(mod('purge', { mustbeposted: true })), expect: [] },
  { name: 'POST requirement dropped', base: snap(mod('purge', { mustbeposted: true })), head: snap(mod('purge')), expect: [] },
]);

realCase(mustbepostedAdded, {
  name: 'action=parse must be posted',
  modules: ['parse'],
  edit: (_base, head) => {
    moduleOf(head, 'parse').mustbeposted = true;
  },
  expect: [{ module: 'parse', severity: 'breaking' }],
});
