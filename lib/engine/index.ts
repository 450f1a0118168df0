// The rule engine: pure TypeScript, no DOM and no extension API, so the same code runs in the
// background, the options page, the CLI and the tests.
export { analyze, fillTemplate } from './analyze';
export { compileRuleSet, type CompiledRuleSet } from './compile';
export { findingKey } from './finding-key';
export { buildTextModel, type TextModel } from './text/text-model';
export { firstNameOf } from './customer/first-name';
export * from './types';
