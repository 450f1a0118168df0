import type { RuleOfKind } from '../../rules/schema';
import type { Hit, RuleRunner } from '../hit';
import { compileMatcher } from '../matcher';
import type { TextModel } from '../text/text-model';
import type { Span } from '../types';

/** Existence: every match of the phrases or patterns is a finding, unless an "unless" match is near. */
export function compilePhraseRule(rule: RuleOfKind<'phrase'>): RuleRunner {
  const matcher = compileMatcher(rule);
  const unless = rule.unless ? { within: rule.unless.within, matcher: compileMatcher(rule.unless) } : undefined;
  const exceptions = rule.exceptions ? compileMatcher(rule.exceptions) : undefined;
  return ({ text, input }) => {
    let matches = matcher.findAll(text.prose);
    if (matches.length === 0) return [];
    if (rule.customerWordsAllowed && input.customerMessage) {
      const message = input.customerMessage;
      const theirs = new Set(matcher.findAll(message).map((match) => message.slice(match.start, match.end).toLowerCase()));
      matches = matches.filter((match) => !theirs.has(text.prose.slice(match.start, match.end).toLowerCase()));
    }
    if (exceptions) {
      const excepted = exceptions.findAll(text.prose);
      matches = matches.filter((match) => !excepted.some((exception) => exception.start <= match.start && match.end <= exception.end));
    }
    if (unless?.within === 'draft' && unless.matcher.test(text.prose)) return [];
    // Only the sentences around a match are searched for an excuse: most of a long draft never is.
    const excusedAt = new Map<number, boolean>();
    const isExcused = (offset: number) => {
      const index = sentenceIndexAt(text.sentences, offset);
      if (index === -1 || !unless) return false;
      let answer = excusedAt.get(index);
      if (answer === undefined) {
        const last = unless.within === 'sentence-or-next' ? Math.min(index + 1, text.sentences.length - 1) : index;
        answer = unless.matcher.test(text.prose.slice(text.sentences[index]!.start, text.sentences[last]!.end));
        excusedAt.set(index, answer);
      }
      return answer;
    };
    const hits: Hit[] = [];
    for (const match of matches) {
      if (unless && unless.within !== 'draft' && isExcused(match.start)) continue;
      const vars = { match: text.draft.slice(match.start, match.end) };
      // Fields spelled out: in Node 20 a spread followed by more keys costs ~1 µs.
      hits.push(rule.replacement === undefined ? { start: match.start, end: match.end, vars } : { start: match.start, end: match.end, vars, suggestion: { replacement: rule.replacement } });
    }
    return hits;
  };
}

/** The index of the sentence holding an offset, or -1 (binary search: sentences are in order and apart). */
export function sentenceIndexAt(sentences: TextModel['sentences'], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence: Span = sentences[middle]!;
    if (offset < sentence.start) high = middle - 1;
    else if (offset >= sentence.end) low = middle + 1;
    else return middle;
  }
  return -1;
}
