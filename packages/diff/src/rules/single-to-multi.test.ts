import { mod, moduleOf, param, paramOf, realCase, ruleCases, snap } from '../__fixtures__/builders.js';
import { singleToMulti } from './single-to-multi.js';

ruleCases(singleToMulti, [
  { name: 'single -> multi', base: snap(mod('x', {}, param('a'))), head: snap(mod('x', {}, param('a', { multi: true }))), expect: [{ parameter: 'a', before: false, after: true }] },
  { name: 'multi -> single', base: snap(mod('x', {}, param('a', { multi: true }))), head: snap(mod('x', {}, param('a'))), expect: [] },
  { name: 'still single', base: snap(mod('x', {}, param('a'))), head: snap(mod('x', {}, param('a'))), expect: [] },
]);

realCase(singleToMulti, {
  name: 'apfrom takes several values',
  modules: ['query+allpages'],
  edit: (_base, head) => {
    paramOf(moduleOf(head, 'query+allpages'), 'from').multi = true;
  },
  expect: [{ parameter: 'apfrom', severity: 'warning' }],
});
