import { mod, moduleOf, param, paramOf, realCase, ruleCases, snap } from '../__fixtures__/builders.js';
import { deprecationLifted } from './deprecation-lifted.js';

ruleCases(deprecationLifted, [
  { name: 'module undeprecated', base: snap(mod('x', { deprecated: true })), head: snap(mod('x')), expect: [{ module: 'x', location: { snapshot: 'base', pointer: '/modules/0/deprecated' } }] },
  { name: 'parameter undeprecated', base: snap(mod('x', {}, param('a', { deprecated: true }))), head: snap(mod('x', {}, param('a'))), expect: [{ parameter: 'a' }] },
  { name: 'value undeprecated', base: snap(mod('x', {}, param('a', { type: ['v'], deprecatedvalues: ['v'] }))), head: snap(mod('x', {}, param('a', { type: ['v'] }))), expect: [{ parameter: 'a', value: 'v', location: { snapshot: 'head', pointer: '/modules/0/parameters/0/type/0' } }] },
  { name: 'deprecated value removed is another rule', base: snap(mod('x', {}, param('a', { type: ['v'], deprecatedvalues: ['v'] }))), head: snap(mod('x', {}, param('a', { type: [] }))), expect: [] },
  { name: 'became deprecated', base: snap(mod('x', {}, param('a'))), head: snap(mod('x', {}, param('a', { deprecated: true }))), expect: [] },
]);

realCase(deprecationLifted, {
  name: 'rvdiffto and rvprop=parsetree are no longer deprecated',
  modules: ['query+revisions'],
  edit: (_base, head) => {
    const module = moduleOf(head, 'query+revisions');
    delete paramOf(module, 'diffto').deprecated;
    delete paramOf(module, 'prop').deprecatedvalues;
  },
  expect: [{ parameter: 'rvdiffto' }, { parameter: 'rvprop', value: 'parsetree' }],
});
