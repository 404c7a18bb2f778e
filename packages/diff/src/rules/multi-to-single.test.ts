import { mod, moduleOf, param, paramOf, realCase, ruleCases, snap } from '../__fixtures__/builders.js';
import { multiToSingle } from './multi-to-single.js';

ruleCases(multiToSingle, [
  { name: 'multi -> single', base: snap(mod('x', {}, param('a', { multi: true }))), head: snap(mod('x', {}, param('a'))), expect: [{ parameter: 'a', before: true, after: false }] },
  { name: 'single -> multi', base: snap(mod('x', {}, param('a'))), head: snap(mod('x', {}, param('a', { multi: true }))), expect: [] },
  { name: 'still multi', base: snap(mod('x', {}, param('a', { multi: true }))), head: snap(mod('x', {}, param('a', { multi: true }))), expect: [] },
]);

realCase(multiToSingle, {
  name: 'rvprop takes one value',
  modules: ['query+revisions'],
  edit: (_base, head) => {
    paramOf(moduleOf(head, 'query+revisions'), 'prop').multi = false;
  },
  expect: [{ parameter: 'rvprop', severity: 'breaking' }],
});
