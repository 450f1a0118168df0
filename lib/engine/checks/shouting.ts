import type { CheckOptions } from '../../rules/check-options';
import type { Hit, RuleRunner } from '../hit';
import { eng as englishStopwords } from 'stopword';
import type { Word } from '../text/segment';

// "RMA ASAP", "SLA KPI": a run of acronyms is not a raised voice; "DO NOT", "YOU MUST" are words.
const ENGLISH_WORDS = new Set(englishStopwords.map((word) => word.toUpperCase()));
const isShoutedRun = (run: readonly Word[]) => run.some((word) => ENGLISH_WORDS.has(word.text.toUpperCase()) || word.text.length >= 6);

const SMALL_LETTER = /[a-z]/;

// A button or menu named in a click path or in quotes ("Contact form > I STILL NEED HELP", "press "SEND
// NOW"") is the page's own label, not the agent raising their voice.
const LABEL_BEFORE = /(?:>|["“‘'])\s*(?:[IA]\s+)?$/;
const isQuotedLabel = (prose: string, start: number) => LABEL_BEFORE.test(prose.slice(Math.max(0, start - 5), start));

const isCaps = (word: Word, minLetters: number) => {
  // A small letter a-z stays small in no upper-case form: most words are decided without copying them.
  if (SMALL_LETTER.test(word.text)) return false;
  // Codes with digits ("DL2251", "4AM") are identifiers, not raised voice.
  if (/\d/.test(word.text)) return false;
  const letters = word.text.replace(/[^\p{L}]/gu, '');
  return letters.length >= minLetters && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
};

/** Runs of all-caps words ("PLEASE DO NOT CALL"): in writing, capitals read as raised voice. */
export function shouting(options: CheckOptions<'shouting'>): RuleRunner {
  const allowed = new Set(options.allow.map((word) => word.toUpperCase()));
  return ({ text, input }) => {
    const hits: Hit[] = [];
    let run: Word[] = [];
    const flush = () => {
      if (run.length === 0) return;
      // "our FAQ I hope…": a trailing "I" or "A" joined the run only in case more capitals followed.
      while (run.length > 0 && (run.at(-1)!.text === 'I' || run.at(-1)!.text === 'A')) run.pop();
      const words = text.draft.slice(run[0]?.start ?? 0, run.at(-1)?.end ?? 0);
      // Capitals the customer wrote are a name as it appears to them ("GLX*DIGISTORE" on a statement).
      const theirs = input.customerMessage?.includes(words) ?? false;
      if (run.length >= options.minCapsWords && isShoutedRun(run) && !isQuotedLabel(text.prose, run[0]!.start) && !theirs) hits.push({ start: run[0]!.start, end: run.at(-1)!.end, vars: { match: words } });
      run = [];
    };
    for (const sentence of text.sentences) {
      for (const word of sentence.words) {
        if (isCaps(word, options.minLetters) && !allowed.has(word.text.toUpperCase())) run.push(word);
        else if (!(word.text === 'I' || word.text === 'A') || run.length === 0) flush();
        else run.push(word);
      }
      flush();
    }
    return hits;
  };
}
