import type { Rule } from './types.js';

/** Declares a rule; the identity function that gives every rule file one checked shape. */
export function defineRule(rule: Rule): Rule {
  return rule;
}
