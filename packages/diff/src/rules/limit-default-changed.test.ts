import { mod, moduleOf, param, paramOf, realCase, ruleCases, snap } from '../__fixtures__/builders.js';
import { limitDefaultChanged } from './limit-default-changed.js';

ruleCases(limitDefaultChanged, [
  { name: 'limit default 10 -> 20', base: snap(mod('x', { prefix: 'ap' }, param('limit', { type: 'limit', default: 10 }))), head: snap(mod('x', { prefix: 'ap' }, param('limit', { type: 'limit', default: 20 }))), expect: [{ parameter: 'aplimit', before: 10, after: 20 }] },
  { name: 'integer default changed is default-changed', base: snap(mod('x', {}, param('n', { type: 'integer', default: 1 }))), head: snap(mod('x', {}, param('n', { type: 'integer', default: 2 }))), expect: [] },
  { name: 'same limit default', base: snap(mod('x', {}, param('limit', { type: 'limit', default: 10 }))), head: snap(mod('x', {}, param('limit', { type: 'limit', default: 10 }))), expect: [] },
]);

realCase(limitDefaultChanged, {
  name: 'aplimit default changed',
  modules: ['query+allpages'],
  edit: (_base, head) => {
    paramOf(moduleOf(head, 'query+allpages'), 'limit').default = 50;
  },
  expect: [{ parameter: 'aplimit', before: 10, after: 50, severity: 'warning' }],
});
