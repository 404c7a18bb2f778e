import type { Snapshot } from '@wikispec/snapshot';
import { mod, realCase, ruleCases, snap } from '../__fixtures__/builders.js';
import { namespaceAdded } from './namespace-added.js';

const withNamespaces = (...ids: number[]): Snapshot => ({ ...snap(mod('main')), wiki: { extensions: [], namespaces: ids.map((id) => ({ id, name: `N${id}` })) } });

ruleCases(namespaceAdded, [
  { name: 'namespace added', base: withNamespaces(0), head: withNamespaces(0, 2300), expect: [{ value: '2300', after: 2300, location: { snapshot: 'head', pointer: '/wiki/namespaces/1' } }] },
  { name: 'base lists no namespaces', base: snap(mod('main')), head: withNamespaces(0, 2300), expect: [] },
  { name: 'namespace removed', base: withNamespaces(0, 2300), head: withNamespaces(0), expect: [] },
]);

realCase(namespaceAdded, {
  name: 'a new extension namespace',
  modules: ['main'],
  edit: (_base, head) => {
    head.wiki.namespaces.push({ id: 3000, name: 'Extra', canonical: 'Extra' });
  },
  expect: [{ value: '3000', severity: 'info', message: 'New namespace 3000 (Extra); parameters of type namespace accept 3000.' }],
});
