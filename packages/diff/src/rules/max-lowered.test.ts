import { mod, moduleOf, param, paramOf, realCase, ruleCases, snap } from '../__fixtures__/builders.js';
import { maxLowered } from './max-lowered.js';

ruleCases(maxLowered, [
  { name: 'max lowered', base: snap(mod('x', { prefix: 'ap' }, param('limit', { type: 'limit', max: 500, highmax: 5000 }))), head: snap(mod('x', { prefix: 'ap' }, param('limit', { type: 'limit', max: 100, highmax: 5000 }))), expect: [{ parameter: 'aplimit', before: { max: 500 }, after: { max: 100 } }] },
  { name: 'highmax lowered', base: snap(mod('x', {}, param('limit', { type: 'limit', max: 500, highmax: 5000 }))), head: snap(mod('x', {}, param('limit', { type: 'limit', max: 500, highmax: 1000 }))), expect: [{ parameter: 'limit', location: { snapshot: 'head', pointer: '/modules/0/parameters/0/highmax' } }] },
  { name: 'max raised', base: snap(mod('x', {}, param('limit', { type: 'limit', max: 500 }))), head: snap(mod('x', {}, param('limit', { type: 'limit', max: 1000 }))), expect: [] },
  { name: 'max removed', base: snap(mod('x', {}, param('n', { type: 'integer', max: 5 }))), head: snap(mod('x', {}, param('n', { type: 'integer' }))), expect: [] },
]);

realCase(maxLowered, {
  name: 'aplimit max and highmax lowered',
  modules: ['query+allpages'],
  edit: (_base, head) => {
    const limit = paramOf(moduleOf(head, 'query+allpages'), 'limit');
    limit.max = 50;
    limit.highmax = 500;
  },
  expect: [{ parameter: 'aplimit', before: { max: 500, highmax: 5000 }, after: { max: 50, highmax: 500 } }],
});
