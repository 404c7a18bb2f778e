import { defineRule } from '../define-rule.js';

/** A namespace of the wiki disappeared, so no `namespace` parameter accepts its number any more. */
export const namespaceRemoved = defineRule({
  id: 'namespace-removed',
  severity: 'breaking',
  area: 'value',
  kind: 'removal',
  description: 'A namespace listed in the base siteinfo is gone, so parameters of type namespace (apnamespace, rcnamespace, …) no longer accept its number. Compared only when both snapshots list namespaces.',
  why: 'Requests that pass the namespace number now fail with an "unrecognized value" error (or lose the value in multi-value parameters). Namespaces usually come from extensions and configuration.',
  example: 'Namespace 828 (Module) was removed; parameters of type namespace no longer accept 828.',
  check(diff, report) {
    const head = new Set(diff.head.wiki.namespaces.map((namespace) => namespace.id));
    if (head.size === 0) return;
    diff.base.wiki.namespaces.forEach((namespace, index) => {
      if (head.has(namespace.id)) return;
      const name = namespace.canonical ?? namespace.name;
      report({
        module: 'main',
        value: String(namespace.id),
        before: namespace.id,
        message: `Namespace ${namespace.id}${name === '' ? '' : ` (${name})`} was removed; parameters of type namespace no longer accept ${namespace.id}.`,
        location: { snapshot: 'base', pointer: `/wiki/namespaces/${index}` },
        configurationSource: 'namespaces',
      });
    });
  },
});
