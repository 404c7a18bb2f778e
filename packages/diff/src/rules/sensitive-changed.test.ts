import { mod, moduleOf, param, paramOf, realCase, ruleCases, snap } from '../__fixtures__/builders.js';
import { sensitiveChanged } from './sensitive-changed.js';

ruleCases(sensitiveChanged, [
  { name: 'now sensitive', base: snap(mod('x', {}, param('password'))), head: snap(mod('x', {}, param('password', { sensitive: true }))), expect: [{ parameter: 'password', before: false, after: true }] },
  { name: 'no longer sensitive', base: snap(mod('x', {}, param('password', { sensitive: true }))), head: snap(mod('x', {}, param('password'))), expect: [{ parameter: 'password', before: true, after: false, location: { snapshot: 'base', pointer: '/modules/0/parameters/0/sensitive' } }] },
  { name: 'unchanged', base: snap(mod('x', {}, param('password', { sensitive: true }))), head: snap(mod('x', {}, param('password', { sensitive: true }))), expect: [] },
]);

realCase(sensitiveChanged, {
  name: 'block token no longer sensitive',
  modules: ['block'],
  edit: (_base, head) => {
    delete paramOf(moduleOf(head, 'block'), 'token').sensitive;
  },
  expect: [{ parameter: 'token', severity: 'info' }],
});
