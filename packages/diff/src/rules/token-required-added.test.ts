import { mod, moduleOf, param, realCase, ruleCases, snap } from '../__fixtures__/builders.js';
import { tokenRequiredAdded } from './token-required-added.js';

ruleCases(tokenRequiredAdded, [
  {
    name: 'token parameter added',
    base: snap(mod('purge', { group: 'action' }, param('titles'))),
    head: snap(mod('purge', { group: 'action' }, param('titles'), param('token', { tokentype: 'csrf', required: true }))),
    expect: [{ module: 'purge', parameter: 'token', after: 'csrf', location: { snapshot: 'head', pointer: '/modules/0/parameters/1' } }],
  },
  { name: 'token already required', base: snap(mod('edit', {}, param('token', { tokentype: 'csrf' }))), head: snap(mod('edit', {}, param('token', { tokentype: 'csrf' }))), expect: [] },
  { name: 'token removed', base: snap(mod('edit', {}, param('token', { tokentype: 'csrf' }))), head: snap(mod('edit')), expect: [] },
]);

realCase(tokenRequiredAdded, {
  name: 'action=purge now takes a csrf token',
  modules: ['purge'],
  edit: (_base, head) => {
    moduleOf(head, 'purge').parameters.push(param('token', { index: 99, tokentype: 'csrf', required: true, sensitive: true }));
  },
  expect: [{ module: 'purge', parameter: 'token', severity: 'breaking' }],
});
