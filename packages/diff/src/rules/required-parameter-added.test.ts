import { mod, moduleOf, param, realCase, ruleCases, snap } from '../__fixtures__/builders.js';
import { requiredParameterAdded } from './required-parameter-added.js';

ruleCases(requiredParameterAdded, [
  { name: 'required parameter added', base: snap(mod('block', { group: 'action' })), head: snap(mod('block', { group: 'action' }, param('reason', { required: true }))), expect: [{ module: 'block', parameter: 'reason', after: 'reason' }] },
  { name: 'optional parameter added', base: snap(mod('x')), head: snap(mod('x', {}, param('a'))), expect: [] },
  { name: 'required parameter that already existed', base: snap(mod('x', {}, param('a', { required: true }))), head: snap(mod('x', {}, param('a', { required: true }))), expect: [] },
]);

realCase(requiredParameterAdded, {
  name: 'action=block requires a new parameter',
  modules: ['block'],
  edit: (_base, head) => {
    moduleOf(head, 'block').parameters.push(param('confirm', { index: 99, type: 'boolean', required: true }));
  },
  expect: [{ module: 'block', parameter: 'confirm', severity: 'breaking' }],
});
