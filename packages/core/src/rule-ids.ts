/**
 * The rule ids live with the record they appear in (`@xxgk/schema`, `Diagnostic.ruleId`);
 * the core re-exports them for its stages and its users.
 */
export {ruleIds, type DiagnosticRuleId, type RuleId} from '@xxgk/schema'

/** Namespace of the parser's own messages (vfile-message `source`). */
export const messageSource = 'xxgk'
