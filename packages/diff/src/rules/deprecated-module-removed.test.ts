import { mod, realCase, ruleCases, snap } from '../__fixtures__/builders.js';
import { deprecatedModuleRemoved } from './deprecated-module-removed.js';

ruleCases(deprecatedModuleRemoved, [
  {
    name: 'deprecated module removed',
    base: snap(mod('tokens', { group: 'action', deprecated: true })),
    head: snap(),
    expect: [{ module: 'tokens', deprecationEnded: { since: 'the base snapshot' }, location: { snapshot: 'base', pointer: '/modules/0' } }],
  },
  {
    name: 'says the base version when known',
    base: { ...snap(mod('tokens', { group: 'action', deprecated: true })), wiki: { extensions: [], namespaces: [], mediawikiVersion: '1.39.17' } },
    head: snap(),
    expect: [{ deprecationEnded: { since: 'MediaWiki 1.39.17' }, message: 'Module action=tokens was removed; it was already deprecated in MediaWiki 1.39.17, so this is the expected end of its deprecation.' }],
  },
  { name: 'supported module removed', base: snap(mod('parse', { group: 'action' })), head: snap(), expect: [] },
  { name: 'deprecated module kept', base: snap(mod('tokens', { deprecated: true })), head: snap(mod('tokens', { deprecated: true })), expect: [] },
]);

realCase(deprecatedModuleRemoved, {
  name: 'removing the deprecated list=deletedrevs',
  modules: ['query', 'query+deletedrevs'],
  edit: (_base, head) => {
    head.modules = head.modules.filter((module) => module.path !== 'query+deletedrevs');
  },
  expect: [{ module: 'query+deletedrevs', severity: 'warning' }],
});
