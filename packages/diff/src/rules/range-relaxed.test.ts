import { mod, moduleOf, param, paramOf, realCase, ruleCases, snap } from '../__fixtures__/builders.js';
import { rangeRelaxed } from './range-relaxed.js';

ruleCases(rangeRelaxed, [
  { name: 'max raised', base: snap(mod('x', {}, param('limit', { type: 'limit', max: 500 }))), head: snap(mod('x', {}, param('limit', { type: 'limit', max: 1000 }))), expect: [{ parameter: 'limit', before: { max: 500 }, after: { max: 1000 } }] },
  { name: 'max removed points into the base', base: snap(mod('x', {}, param('n', { type: 'integer', max: 5 }))), head: snap(mod('x', {}, param('n', { type: 'integer' }))), expect: [{ after: { max: null }, location: { snapshot: 'base', pointer: '/modules/0/parameters/0/max' } }] },
  { name: 'min lowered and maxchars raised', base: snap(mod('x', {}, param('n', { type: 'integer', min: 5, maxchars: 10 }))), head: snap(mod('x', {}, param('n', { type: 'integer', min: 1, maxchars: 20 }))), expect: [{ before: { min: 5, maxchars: 10 }, after: { min: 1, maxchars: 20 } }] },
  { name: 'max lowered', base: snap(mod('x', {}, param('limit', { type: 'limit', max: 500 }))), head: snap(mod('x', {}, param('limit', { type: 'limit', max: 100 }))), expect: [] },
  { name: 'bound added', base: snap(mod('x', {}, param('n', { type: 'integer' }))), head: snap(mod('x', {}, param('n', { type: 'integer', min: 0 }))), expect: [] },
]);

realCase(rangeRelaxed, {
  name: 'aplimit allows more',
  modules: ['query+allpages'],
  edit: (_base, head) => {
    paramOf(moduleOf(head, 'query+allpages'), 'limit').highmax = 10000;
  },
  expect: [{ parameter: 'aplimit', before: { highmax: 5000 }, after: { highmax: 10000 }, severity: 'info' }],
});
