import { defaultRuleSet } from '../rules/default-pack';
import { ruleTitle } from '../rules/rule-title';
import type { Rule, RuleSet } from '../rules/schema';
import { AnalysisContext } from './analysis-context';
import { type CompiledRuleSet, compileRuleSet } from './compile';
import { findingKey } from './finding-key';
import type { Hit } from './hit';
import { summarizeListening } from './listening';
import { type AnalysisInput, type AnalysisResult, type DraftStats, type Finding, SEVERITIES } from './types';

const compiledSets = new WeakMap<RuleSet, CompiledRuleSet>();

/** The compiled form of a rule set, built on first use and kept as long as the set object lives. */
export function compiled(ruleSet: RuleSet): CompiledRuleSet {
  let result = compiledSets.get(ruleSet);
  if (!result) {
    result = compileRuleSet(ruleSet);
    compiledSets.set(ruleSet, result);
  }
  return result;
}

/**
 * Checks a draft against a rule set (the bundled pack by default). Pure: text in, findings out,
 * sorted by where they are in the draft.
 */
export function analyze(input: AnalysisInput, ruleSet: RuleSet | CompiledRuleSet = defaultRuleSet()): AnalysisResult {
  const set = 'rules' in ruleSet && 'ruleSet' in ruleSet ? ruleSet : compiled(ruleSet);
  const context = new AnalysisContext(input, set.customerReadings);
  // Before the agent types, nothing to judge; what the customer wrote (mood, questions) is shown already.
  if (context.text.words.length === 0) {
    const listening = input.customerMessage?.trim() ? summarizeListening(set.rules, context) : undefined;
    return { findings: [], ...(listening ? { listening } : {}) };
  }
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const { rule, run } of set.rules) {
    for (const hit of run(context)) {
      const finding = toFinding(rule, hit, context);
      // One finding per rule, words, need and customer question: repeats say nothing new.
      const key = findingKey(finding, input.draft);
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(finding);
    }
  }
  const listening = summarizeListening(set.rules, context);
  return { findings: findings.sort(byPosition), ...(listening ? { listening } : {}), stats: draftStats(context) };
}

function draftStats({ text, readingGrade }: AnalysisContext): DraftStats {
  return {
    words: text.words.length,
    sentences: text.sentences.length,
    ...(readingGrade ? { readingGrade: Math.round(readingGrade.grade * 10) / 10 } : {}),
  };
}

function toFinding(rule: Rule, hit: Hit, context: AnalysisContext): Finding {
  const vars = { customerName: context.customerFirstName ?? 'the customer', ...hit.vars };
  return {
    ruleId: rule.id,
    title: ruleTitle(rule),
    category: rule.category,
    severity: rule.severity,
    message: fillTemplate(rule.message, vars),
    explanation: rule.explanation,
    ...(rule.guidance ? { guidance: rule.guidance } : {}),
    start: hit.start,
    end: hit.end,
    ...(hit.topic ? { topic: hit.topic } : {}),
    ...(hit.need ? { need: hit.need } : {}),
    ...(hit.suggestion ? { suggestion: hit.suggestion } : {}),
    ...(hit.trigger ? { trigger: hit.trigger } : {}),
  };
}

/** "{count} times" with vars.count = 3 → "3 times"; unknown names stay as written. */
export function fillTemplate(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

function byPosition(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity) || a.ruleId.localeCompare(b.ruleId);
}
