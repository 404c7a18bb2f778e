import { mod, moduleOf, param, paramOf, realCase, ruleCases, snap } from '../__fixtures__/builders.js';
import { enforcerangeAdded } from './enforcerange-added.js';

ruleCases(enforcerangeAdded, [
  { name: 'range now enforced', base: snap(mod('x', {}, param('n', { type: 'integer', max: 5 }))), head: snap(mod('x', {}, param('n', { type: 'integer', max: 5, enforcerange: true }))), expect: [{ parameter: 'n', after: true }] },
  { name: 'no longer enforced', base: snap(mod('x', {}, param('n', { type: 'integer', enforcerange: true }))), head: snap(mod('x', {}, param('n', { type: 'integer' }))), expect: [] },
  { name: 'unchanged', base: snap(mod('x', {}, param('n', { type: 'integer', enforcerange: true }))), head: snap(mod('x', {}, param('n', { type: 'integer', enforcerange: true }))), expect: [] },
]);

realCase(enforcerangeAdded, {
  name: 'exchars enforces its range',
  modules: ['query+extracts'],
  edit: (_base, head) => {
    paramOf(moduleOf(head, 'query+extracts'), 'chars').enforcerange = true;
  },
  expect: [{ parameter: 'exchars', severity: 'warning' }],
});
