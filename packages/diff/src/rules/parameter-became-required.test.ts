import { mod, moduleOf, param, paramOf, realCase, ruleCases, snap } from '../__fixtures__/builders.js';
import { parameterBecameRequired } from './parameter-became-required.js';

ruleCases(parameterBecameRequired, [
  { name: 'became required', base: snap(mod('block', { group: 'action' }, param('reason'))), head: snap(mod('block', { group: 'action' }, param('reason', { required: true }))), expect: [{ parameter: 'reason', before: false, after: true, location: { snapshot: 'head', pointer: '/modules/0/parameters/0/required' } }] },
  { name: 'became optional', base: snap(mod('x', {}, param('a', { required: true }))), head: snap(mod('x', {}, param('a'))), expect: [] },
  { name: 'still optional', base: snap(mod('x', {}, param('a'))), head: snap(mod('x', {}, param('a'))), expect: [] },
]);

realCase(parameterBecameRequired, {
  name: 'apfrom of list=allpages becomes required',
  modules: ['query+allpages'],
  edit: (_base, head) => {
    paramOf(moduleOf(head, 'query+allpages'), 'from').required = true;
  },
  expect: [{ parameter: 'apfrom', severity: 'breaking' }],
});
