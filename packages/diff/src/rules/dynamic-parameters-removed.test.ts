import { mod, moduleOf, realCase, ruleCases, snap } from '../__fixtures__/builders.js';
import { dynamicParametersRemoved } from './dynamic-parameters-removed.js';

ruleCases(dynamicParametersRemoved, [
  { name: 'dynamic parameters gone', base: snap(mod('clientlogin', { group: 'action', dynamicparameters: 'Extra fields.' })), head: snap(mod('clientlogin', { group: 'action' })), expect: [{ module: 'clientlogin', before: 'Extra fields.' }] },
  { name: 'boolean form', base: snap(mod('x', { dynamicparameters: true })), head: snap(mod('x', { dynamicparameters: false })), expect: [{ module: 'x' }] },
  { name: 'help text of dynamic parameters changed', base: snap(mod('x', { dynamicparameters: 'a' })), head: snap(mod('x', { dynamicparameters: 'b' })), expect: [] },
  { name: 'dynamic parameters added', base: snap(mod('x')), head: snap(mod('x', { dynamicparameters: true })), expect: [] },
]);

realCase(dynamicParametersRemoved, {
  name: 'action=clientlogin stops accepting dynamic parameters',
  modules: ['clientlogin'],
  edit: (_base, head) => {
    delete moduleOf(head, 'clientlogin').dynamicparameters;
  },
  expect: [{ module: 'clientlogin', severity: 'breaking', location: { snapshot: 'base', pointer: '/modules/0/dynamicparameters' } }],
});
