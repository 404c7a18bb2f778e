import { mod, moduleOf, param, paramOf, realCase, ruleCases, snap } from '../__fixtures__/builders.js';
import { enumValueAdded } from './enum-value-added.js';

ruleCases(enumValueAdded, [
  { name: 'value added', base: snap(mod('changecontentmodel', { group: 'action' }, param('model', { type: ['css'] }))), head: snap(mod('changecontentmodel', { group: 'action' }, param('model', { type: ['css', 'vue'] }))), expect: [{ parameter: 'model', value: 'vue', after: 'vue', location: { snapshot: 'head', pointer: '/modules/0/parameters/0/type/1' } }] },
  { name: 'value removed', base: snap(mod('x', {}, param('a', { type: ['a', 'b'] }))), head: snap(mod('x', {}, param('a', { type: ['a'] }))), expect: [] },
  {
    name: 'new submodule value is module-added',
    base: snap(mod('main', {}, param('action', { type: [], submodules: {} }))),
    head: snap(mod('main', {}, param('action', { type: ['parse'], submodules: { parse: 'parse' } })), mod('parse', { group: 'action' })),
    expect: [],
  },
  { name: 'paraminfo module lists mirror the module tree', base: snap(mod('paraminfo', {}, param('querymodules', { type: ['a'] }))), head: snap(mod('paraminfo', {}, param('querymodules', { type: ['a', 'b'] }))), expect: [] },
]);

realCase(enumValueAdded, {
  name: 'apfilterredir gains a value',
  modules: ['query+allpages'],
  edit: (_base, head) => {
    const filter = paramOf(moduleOf(head, 'query+allpages'), 'filterredir');
    filter.type = [...(filter.type as string[]), 'softredirects'];
  },
  expect: [{ parameter: 'apfilterredir', value: 'softredirects', severity: 'info' }],
});
