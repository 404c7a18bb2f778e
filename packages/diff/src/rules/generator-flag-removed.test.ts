import { mod, moduleOf, realCase, ruleCases, snap } from '../__fixtures__/builders.js';
import { generatorFlagRemoved } from './generator-flag-removed.js';

ruleCases(generatorFlagRemoved, [
  { name: 'no longer a generator', base: snap(mod('query+allpages', { group: 'list', generator: true })), head: snap(mod('query+allpages', { group: 'list' })), expect: [{ module: 'query+allpages', before: true, after: false, location: { snapshot: 'base', pointer: '/modules/0/generator' } }] },
  { name: 'still a generator', base: snap(mod('query+allpages', { generator: true })), head: snap(mod('query+allpages', { generator: true })), expect: [] },
  { name: 'became a generator', base: snap(mod('query+allpages')), head: snap(mod('query+allpages', { generator: true })), expect: [] },
  { name: 'whole module removed is module-removed', base: snap(mod('query+allpages', { generator: true })), head: snap(), expect: [] },
]);

realCase(generatorFlagRemoved, {
  name: 'list=recentchanges stops being a generator',
  modules: ['query', 'query+recentchanges'],
  edit: (_base, head) => {
    delete moduleOf(head, 'query+recentchanges').generator;
  },
  expect: [{ module: 'query+recentchanges', severity: 'breaking' }],
});
