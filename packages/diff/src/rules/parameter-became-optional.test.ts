import { mod, moduleOf, param, paramOf, realCase, ruleCases, snap } from '../__fixtures__/builders.js';
import { parameterBecameOptional } from './parameter-became-optional.js';

ruleCases(parameterBecameOptional, [
  { name: 'became optional', base: snap(mod('x', {}, param('a', { required: true }))), head: snap(mod('x', {}, param('a'))), expect: [{ parameter: 'a', before: true, after: false }] },
  { name: 'became required', base: snap(mod('x', {}, param('a'))), head: snap(mod('x', {}, param('a', { required: true }))), expect: [] },
  { name: 'still required', base: snap(mod('x', {}, param('a', { required: true }))), head: snap(mod('x', {}, param('a', { required: true }))), expect: [] },
]);

realCase(parameterBecameOptional, {
  name: 'the edit token becomes optional',
  modules: ['edit'],
  edit: (_base, head) => {
    paramOf(moduleOf(head, 'edit'), 'token').required = false;
  },
  expect: [{ module: 'edit', parameter: 'token', severity: 'info' }],
});
