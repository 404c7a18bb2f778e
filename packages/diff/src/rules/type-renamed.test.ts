import { mod, moduleOf, param, paramOf, realCase, ruleCases, snap } from '../__fixtures__/builders.js';
import { typeRenamed } from './type-renamed.js';

ruleCases(typeRenamed, [
  { name: 'string -> password', base: snap(mod('x', {}, param('a'))), head: snap(mod('x', {}, param('a', { type: 'password' }))), expect: [{ parameter: 'a', before: 'string', after: 'password' }] },
  { name: 'string -> text', base: snap(mod('x', {}, param('a'))), head: snap(mod('x', {}, param('a', { type: 'text' }))), expect: [{ parameter: 'a' }] },
  { name: 'string -> integer narrows', base: snap(mod('x', {}, param('a'))), head: snap(mod('x', {}, param('a', { type: 'integer' }))), expect: [] },
  { name: 'same type', base: snap(mod('x', {}, param('a'))), head: snap(mod('x', {}, param('a'))), expect: [] },
]);

realCase(typeRenamed, {
  name: 'apfrom becomes a password',
  modules: ['query+allpages'],
  edit: (_base, head) => {
    paramOf(moduleOf(head, 'query+allpages'), 'from').type = 'password';
  },
  expect: [{ parameter: 'apfrom', severity: 'info' }],
});
