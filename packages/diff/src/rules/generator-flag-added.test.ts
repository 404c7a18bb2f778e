import { mod, moduleOf, realCase, ruleCases, snap } from '../__fixtures__/builders.js';
import { generatorFlagAdded } from './generator-flag-added.js';

ruleCases(generatorFlagAdded, [
  { name: 'became a generator', base: snap(mod('query+allusers', { group: 'list' })), head: snap(mod('query+allusers', { group: 'list', generator: true })), expect: [{ module: 'query+allusers', after: true }] },
  { name: 'no longer a generator', base: snap(mod('x', { generator: true })), head: snap(mod('x')), expect: [] },
  { name: 'unchanged', base: snap(mod('x', { generator: true })), head: snap(mod('x', { generator: true })), expect: [] },
]);

realCase(generatorFlagAdded, {
  name: 'list=allusers becomes a generator',
  modules: ['query+allusers'],
  edit: (_base, head) => {
    moduleOf(head, 'query+allusers').generator = true;
  },
  expect: [{ module: 'query+allusers', severity: 'info' }],
});
