import { mod, moduleOf, realCase, ruleCases, snap } from '../__fixtures__/builders.js';
import { moduleBecameDeprecated } from './module-became-deprecated.js';

ruleCases(moduleBecameDeprecated, [
  { name: 'became deprecated', base: snap(mod('query+info', { group: 'prop' })), head: snap(mod('query+info', { group: 'prop', deprecated: true })), expect: [{ module: 'query+info', message: 'Module prop=info (query+info) is now deprecated; plan to stop using it.' }] },
  { name: 'already deprecated', base: snap(mod('tokens', { deprecated: true })), head: snap(mod('tokens', { deprecated: true })), expect: [] },
  { name: 'undeprecated', base: snap(mod('tokens', { deprecated: true })), head: snap(mod('tokens')), expect: [] },
]);

realCase(moduleBecameDeprecated, {
  name: 'list=allpages becomes deprecated',
  modules: ['query+allpages'],
  edit: (_base, head) => {
    moduleOf(head, 'query+allpages').deprecated = true;
  },
  expect: [{ module: 'query+allpages', severity: 'warning' }],
});
