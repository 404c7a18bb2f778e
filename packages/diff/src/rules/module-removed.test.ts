import { mod, realCase, ruleCases, snap } from '../__fixtures__/builders.js';
import { moduleRemoved } from './module-removed.js';

const groups = [
  ['action', 'parse'],
  ['format', 'json'],
  ['prop', 'query+info'],
  ['list', 'query+allpages'],
  ['meta', 'query+siteinfo'],
] as const;

ruleCases(moduleRemoved, [
  ...groups.map(([group, path]) => ({
    name: `${group} module removed`,
    base: snap(mod(path, { group }), mod('zzz')),
    head: snap(mod('zzz')),
    expect: [{ module: path, before: path, location: { snapshot: 'base' as const, pointer: '/modules/0' } }],
  })),
  {
    name: 'generator module removed says generator=',
    base: snap(mod('query+allpages', { group: 'list', generator: true })),
    head: snap(),
    expect: [{ module: 'query+allpages', message: 'Module list=allpages (query+allpages) was removed; requests using list=allpages or generator=allpages now fail.' }],
  },
  { name: 'deprecated module removed is not a surprise', base: snap(mod('tokens', { group: 'action', deprecated: true })), head: snap(), expect: [] },
  { name: 'internal module removed', base: snap(mod('stashedit', { group: 'action', internal: true })), head: snap(), expect: [] },
  { name: 'module kept', base: snap(mod('parse', { group: 'action' })), head: snap(mod('parse', { group: 'action' })), expect: [] },
  { name: 'module added', base: snap(), head: snap(mod('parse', { group: 'action' })), expect: [] },
]);

realCase(moduleRemoved, {
  name: 'removing list=allpages from a real capture',
  modules: ['query', 'query+allpages', 'query+allusers'],
  edit: (_base, head) => {
    head.modules = head.modules.filter((module) => module.path !== 'query+allpages');
  },
  expect: [{ module: 'query+allpages', severity: 'breaking' }],
});
