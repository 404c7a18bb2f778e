import { mod, moduleOf, param, paramOf, realCase, ruleCases, snap } from '../__fixtures__/builders.js';
import { tokenTypeChanged } from './token-type-changed.js';

ruleCases(tokenTypeChanged, [
  {
    name: 'patrol -> csrf',
    base: snap(mod('patrol', { group: 'action' }, param('token', { tokentype: 'patrol' }))),
    head: snap(mod('patrol', { group: 'action' }, param('token', { tokentype: 'csrf' }))),
    expect: [{ module: 'patrol', parameter: 'token', before: 'patrol', after: 'csrf', location: { snapshot: 'head', pointer: '/modules/0/parameters/0/tokentype' } }],
  },
  { name: 'same token type', base: snap(mod('patrol', {}, param('token', { tokentype: 'patrol' }))), head: snap(mod('patrol', {}, param('token', { tokentype: 'patrol' }))), expect: [] },
  { name: 'token newly required is another rule', base: snap(mod('patrol')), head: snap(mod('patrol', {}, param('token', { tokentype: 'csrf' }))), expect: [] },
]);

realCase(tokenTypeChanged, {
  name: 'action=patrol switches to csrf',
  modules: ['patrol'],
  edit: (_base, head) => {
    paramOf(moduleOf(head, 'patrol'), 'token').tokentype = 'csrf';
  },
  expect: [{ module: 'patrol', parameter: 'token', before: 'patrol', after: 'csrf' }],
});

ruleCases(tokenTypeChanged, [
  {
    name: 'second token parameter changes type',
    base: snap(mod('x', {}, param('token', { tokentype: 'csrf' }), param('othertoken', { tokentype: 'watch' }))),
    head: snap(mod('x', {}, param('token', { tokentype: 'csrf' }), param('othertoken', { tokentype: 'csrf' }))),
    expect: [{ parameter: 'othertoken', before: 'watch', after: 'csrf', location: { snapshot: 'head', pointer: '/modules/0/parameters/1/tokentype' } }],
  },
  { name: 'token dropped is details-changed', base: snap(mod('x', {}, param('token', { tokentype: 'csrf' }))), head: snap(mod('x', {}, param('token'))), expect: [] },
]);
