import { mod, moduleOf, param, paramOf, realCase, ruleCases, snap } from '../__fixtures__/builders.js';
import { submodulePrefixChanged } from './submodule-prefix-changed.js';

ruleCases(submodulePrefixChanged, [
  { name: 'g -> gen', base: snap(mod('query', { group: 'action' }, param('generator', { type: [], submoduleparamprefix: 'g' }))), head: snap(mod('query', { group: 'action' }, param('generator', { type: [], submoduleparamprefix: 'gen' }))), expect: [{ parameter: 'generator', before: 'g', after: 'gen' }] },
  { name: 'same prefix', base: snap(mod('query', {}, param('generator', { submoduleparamprefix: 'g' }))), head: snap(mod('query', {}, param('generator', { submoduleparamprefix: 'g' }))), expect: [] },
  { name: 'no prefix on either side', base: snap(mod('query', {}, param('list'))), head: snap(mod('query', {}, param('list'))), expect: [] },
]);

realCase(submodulePrefixChanged, {
  name: 'generator prefix of action=query changes',
  modules: ['query'],
  edit: (_base, head) => {
    paramOf(moduleOf(head, 'query'), 'generator').submoduleparamprefix = 'gen';
  },
  expect: [{ module: 'query', parameter: 'generator', before: 'g', after: 'gen', severity: 'breaking' }],
});
