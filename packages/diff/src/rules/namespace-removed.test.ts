import type { Snapshot } from '@wikispec/snapshot';
import { mod, realCase, ruleCases, snap } from '../__fixtures__/builders.js';
import { namespaceRemoved } from './namespace-removed.js';

const withNamespaces = (...ids: number[]): Snapshot => ({ ...snap(mod('main')), wiki: { extensions: [], namespaces: ids.map((id) => ({ id, name: id === 0 ? '' : `N${id}`, canonical: id === 0 ? '' : `N${id}` })) } });

ruleCases(namespaceRemoved, [
  { name: 'namespace removed', base: withNamespaces(0, 1, 828), head: withNamespaces(0, 1), expect: [{ module: 'main', value: '828', before: 828, location: { snapshot: 'base', pointer: '/wiki/namespaces/2' }, message: 'Namespace 828 (N828) was removed; parameters of type namespace no longer accept 828.' }] },
  { name: 'head lists no namespaces (raw paraminfo without siteinfo)', base: withNamespaces(0, 828), head: snap(mod('main')), expect: [] },
  { name: 'namespace added', base: withNamespaces(0), head: withNamespaces(0, 828), expect: [] },
]);

realCase(namespaceRemoved, {
  name: 'the Module namespace (Scribunto) goes away',
  modules: ['main'],
  edit: (_base, head) => {
    head.wiki.namespaces = head.wiki.namespaces.filter((namespace) => namespace.id !== 828 && namespace.id !== 829);
  },
  expect: [{ value: '828', severity: 'breaking' }, { value: '829' }],
});
