import { defineRule } from '../define-rule.js';

/** The wiki has a new namespace. */
export const namespaceAdded = defineRule({
  id: 'namespace-added',
  severity: 'info',
  area: 'value',
  kind: 'addition',
  description: 'A namespace appeared in siteinfo, so parameters of type namespace accept a new number. Compared only when both snapshots list namespaces.',
  why: 'New values; callers that enumerate namespaces may want to handle it.',
  example: 'New namespace 828 (Module); parameters of type namespace accept 828.',
  check(diff, report) {
    const base = new Set(diff.base.wiki.namespaces.map((namespace) => namespace.id));
    if (base.size === 0) return;
    diff.head.wiki.namespaces.forEach((namespace, index) => {
      if (base.has(namespace.id)) return;
      const name = namespace.canonical ?? namespace.name;
      report({
        module: 'main',
        value: String(namespace.id),
        after: namespace.id,
        message: `New namespace ${namespace.id}${name === '' ? '' : ` (${name})`}; parameters of type namespace accept ${namespace.id}.`,
        location: { snapshot: 'head', pointer: `/wiki/namespaces/${index}` },
        configurationSource: 'namespaces',
      });
    });
  },
});
