import { mod, moduleOf, param, paramOf, realCase, ruleCases, snap } from '../__fixtures__/builders.js';
import { allspecifierRemoved } from './allspecifier-removed.js';

ruleCases(allspecifierRemoved, [
  { name: 'allspecifier removed', base: snap(mod('x', { prefix: 'rc' }, param('namespace', { multi: true, type: 'namespace', allspecifier: '*' }))), head: snap(mod('x', { prefix: 'rc' }, param('namespace', { multi: true, type: 'namespace' }))), expect: [{ parameter: 'rcnamespace', before: '*', location: { snapshot: 'base', pointer: '/modules/0/parameters/0/allspecifier' } }] },
  { name: 'allspecifier changed', base: snap(mod('x', {}, param('a', { multi: true, allspecifier: '*' }))), head: snap(mod('x', {}, param('a', { multi: true, allspecifier: 'all' }))), expect: [{ before: '*', after: 'all' }] },
  { name: 'allspecifier added', base: snap(mod('x', {}, param('a', { multi: true }))), head: snap(mod('x', {}, param('a', { multi: true, allspecifier: '*' }))), expect: [] },
  { name: 'unchanged', base: snap(mod('x', {}, param('a', { multi: true, allspecifier: '*' }))), head: snap(mod('x', {}, param('a', { multi: true, allspecifier: '*' }))), expect: [] },
]);

realCase(allspecifierRemoved, {
  name: 'rcnamespace stops accepting *',
  modules: ['query+recentchanges'],
  edit: (_base, head) => {
    delete paramOf(moduleOf(head, 'query+recentchanges'), 'namespace').allspecifier;
  },
  expect: [{ parameter: 'rcnamespace', severity: 'breaking' }],
});
