import { mod, realCase, ruleCases, snap } from '../__fixtures__/builders.js';
import { internalModuleRemoved } from './internal-module-removed.js';

ruleCases(internalModuleRemoved, [
  { name: 'internal module removed', base: snap(mod('stashedit', { group: 'action', internal: true })), head: snap(), expect: [{ module: 'stashedit' }] },
  { name: 'public module removed', base: snap(mod('parse', { group: 'action' })), head: snap(), expect: [] },
  { name: 'internal module kept', base: snap(mod('stashedit', { internal: true })), head: snap(mod('stashedit', { internal: true })), expect: [] },
]);

realCase(internalModuleRemoved, {
  name: 'removing the internal action=stashedit',
  modules: ['stashedit', 'parse'],
  edit: (_base, head) => {
    head.modules = head.modules.filter((module) => module.path !== 'stashedit');
  },
  expect: [{ module: 'stashedit', severity: 'info' }],
});
