import { mod, moduleOf, param, paramOf, realCase, ruleCases, snap } from '../__fixtures__/builders.js';
import { internalEnumValueRemoved } from './internal-enum-value-removed.js';

ruleCases(internalEnumValueRemoved, [
  { name: 'internal value removed', base: snap(mod('x', {}, param('a', { type: ['v', 'w'], internalvalues: ['w'] }))), head: snap(mod('x', {}, param('a', { type: ['v'] }))), expect: [{ parameter: 'a', value: 'w', location: { snapshot: 'base', pointer: '/modules/0/parameters/0/type/1' } }] },
  { name: 'public value removed is another rule', base: snap(mod('x', {}, param('a', { type: ['v', 'w'] }))), head: snap(mod('x', {}, param('a', { type: ['v'] }))), expect: [] },
  { name: 'internal value kept', base: snap(mod('x', {}, param('a', { type: ['w'], internalvalues: ['w'] }))), head: snap(mod('x', {}, param('a', { type: ['w'], internalvalues: ['w'] }))), expect: [] },
]);

realCase(internalEnumValueRemoved, {
  name: 'an internal value of apfilterredir goes away',
  modules: ['query+allpages'],
  edit: (base, head) => {
    paramOf(moduleOf(base, 'query+allpages'), 'filterredir').internalvalues = ['redirects'];
    const filter = paramOf(moduleOf(head, 'query+allpages'), 'filterredir');
    filter.type = (filter.type as string[]).filter((value) => value !== 'redirects');
  },
  expect: [{ parameter: 'apfilterredir', value: 'redirects', severity: 'info' }],
});
