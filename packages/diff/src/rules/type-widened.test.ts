import { mod, moduleOf, param, paramOf, realCase, ruleCases, snap } from '../__fixtures__/builders.js';
import { typeWidened } from './type-widened.js';

ruleCases(typeWidened, [
  { name: 'enum -> string widens', base: snap(mod('x', {}, param('a', { type: ['a'] }))), head: snap(mod('x', {}, param('a'))), expect: [{ parameter: 'a', before: ['a'], after: 'string' }] },
  { name: 'integer -> float widens', base: snap(mod('x', {}, param('a', { type: 'integer' }))), head: snap(mod('x', {}, param('a', { type: 'float' }))), expect: [{ parameter: 'a' }] },
  { name: 'user subtypes added (temp users, MediaWiki 1.46)', base: snap(mod('main', {}, param('assertuser', { type: 'user', subtypes: ['name'] }))), head: snap(mod('main', {}, param('assertuser', { type: 'user', subtypes: ['name', 'temp'] }))), expect: [{ parameter: 'assertuser', before: ['name'], after: ['name', 'temp'], location: { snapshot: 'head', pointer: '/modules/0/parameters/0/subtypes' } }] },
  { name: 'string -> enum narrows', base: snap(mod('x', {}, param('a'))), head: snap(mod('x', {}, param('a', { type: ['a'] }))), expect: [] },
  { name: 'enum values added is not a type change', base: snap(mod('x', {}, param('a', { type: ['a'] }))), head: snap(mod('x', {}, param('a', { type: ['a', 'b'] }))), expect: [] },
]);

realCase(typeWidened, {
  name: 'apfilterredir becomes a free string',
  modules: ['query+allpages'],
  edit: (_base, head) => {
    paramOf(moduleOf(head, 'query+allpages'), 'filterredir').type = 'string';
  },
  expect: [{ parameter: 'apfilterredir', severity: 'info' }],
});
