import { mod, moduleOf, param, paramOf, realCase, ruleCases, snap } from '../__fixtures__/builders.js';
import { parameterBecameDeprecated } from './parameter-became-deprecated.js';

ruleCases(parameterBecameDeprecated, [
  { name: 'became deprecated', base: snap(mod('x', { prefix: 'p' }, param('a'))), head: snap(mod('x', { prefix: 'p' }, param('a', { deprecated: true }))), expect: [{ parameter: 'pa', after: true }] },
  { name: 'already deprecated', base: snap(mod('x', {}, param('a', { deprecated: true }))), head: snap(mod('x', {}, param('a', { deprecated: true }))), expect: [] },
  { name: 'undeprecated', base: snap(mod('x', {}, param('a', { deprecated: true }))), head: snap(mod('x', {}, param('a'))), expect: [] },
]);

realCase(parameterBecameDeprecated, {
  name: 'rvsection becomes deprecated',
  modules: ['query+revisions'],
  edit: (_base, head) => {
    paramOf(moduleOf(head, 'query+revisions'), 'section').deprecated = true;
  },
  expect: [{ parameter: 'rvsection', severity: 'warning' }],
});
