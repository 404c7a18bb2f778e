import { mod, moduleOf, param, paramOf, realCase, ruleCases, snap } from '../__fixtures__/builders.js';
import { typeNarrowed } from './type-narrowed.js';

ruleCases(typeNarrowed, [
  { name: 'free string -> enum narrows', base: snap(mod('x', { prefix: 'p' }, param('mode'))), head: snap(mod('x', { prefix: 'p' }, param('mode', { type: ['a', 'b'] }))), expect: [{ parameter: 'pmode', before: 'string', after: ['a', 'b'], location: { snapshot: 'head', pointer: '/modules/0/parameters/0/type' }, message: 'Parameter pmode of x changed type from string to enum; values outside the new type are now refused.' }] },
  { name: 'string -> integer narrows', base: snap(mod('x', {}, param('n'))), head: snap(mod('x', {}, param('n', { type: 'integer' }))), expect: [{ parameter: 'n', before: 'string', after: 'integer' }] },
  { name: 'float -> integer narrows', base: snap(mod('x', {}, param('n', { type: 'float' }))), head: snap(mod('x', {}, param('n', { type: 'integer' }))), expect: [{ parameter: 'n' }] },
  { name: 'user subtypes removed', base: snap(mod('block', { group: 'action' }, param('user', { type: 'user', subtypes: ['name', 'ip', 'cidr', 'id'] }))), head: snap(mod('block', { group: 'action' }, param('user', { type: 'user', subtypes: ['name', 'ip'] }))), expect: [{ parameter: 'user', message: 'User parameter user of action=block no longer accepts cidr, id user names.' }] },
  { name: 'enum -> string widens', base: snap(mod('x', {}, param('a', { type: ['a'] }))), head: snap(mod('x', {}, param('a'))), expect: [] },
  { name: 'user subtypes added widens', base: snap(mod('x', {}, param('u', { type: 'user', subtypes: ['name'] }))), head: snap(mod('x', {}, param('u', { type: 'user', subtypes: ['name', 'temp'] }))), expect: [] },
  { name: 'string -> text is the same on the wire', base: snap(mod('x', {}, param('a'))), head: snap(mod('x', {}, param('a', { type: 'text' }))), expect: [] },
  { name: 'integer -> boolean is type-changed', base: snap(mod('x', {}, param('a', { type: 'integer' }))), head: snap(mod('x', {}, param('a', { type: 'boolean' }))), expect: [] },
]);

realCase(typeNarrowed, {
  name: 'apprefix becomes a title, block user loses cidr',
  modules: ['query+allpages', 'block'],
  edit: (_base, head) => {
    paramOf(moduleOf(head, 'query+allpages'), 'prefix').type = 'title';
    paramOf(moduleOf(head, 'block'), 'user').subtypes = ['name', 'ip', 'id'];
  },
  expect: [
    { module: 'block', parameter: 'user', severity: 'breaking' },
    { module: 'query+allpages', parameter: 'apprefix', before: 'string', after: 'title' },
  ],
});
