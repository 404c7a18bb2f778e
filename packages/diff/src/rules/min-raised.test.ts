import { mod, moduleOf, param, paramOf, realCase, ruleCases, snap } from '../__fixtures__/builders.js';
import { minRaised } from './min-raised.js';

ruleCases(minRaised, [
  { name: 'min raised', base: snap(mod('x', {}, param('n', { type: 'integer', min: 1 }))), head: snap(mod('x', {}, param('n', { type: 'integer', min: 5 }))), expect: [{ parameter: 'n', before: 1, after: 5, location: { snapshot: 'head', pointer: '/modules/0/parameters/0/min' } }] },
  { name: 'min added (MediaWiki 1.46 maxage)', base: snap(mod('main', {}, param('maxage', { type: 'integer' }))), head: snap(mod('main', {}, param('maxage', { type: 'integer', min: 0 }))), expect: [{ parameter: 'maxage', after: 0, message: 'Parameter maxage of the main module has a higher minimum: (none) -> 0; smaller values are clamped or refused.' }] },
  { name: 'min lowered', base: snap(mod('x', {}, param('n', { type: 'integer', min: 5 }))), head: snap(mod('x', {}, param('n', { type: 'integer', min: 1 }))), expect: [] },
  { name: 'min removed', base: snap(mod('x', {}, param('n', { type: 'integer', min: 5 }))), head: snap(mod('x', {}, param('n', { type: 'integer' }))), expect: [] },
]);

realCase(minRaised, {
  name: 'exchars minimum raised',
  modules: ['query+extracts'],
  edit: (_base, head) => {
    paramOf(moduleOf(head, 'query+extracts'), 'chars').min = 10;
  },
  expect: [{ parameter: 'exchars', before: 1, after: 10, severity: 'warning' }],
});
