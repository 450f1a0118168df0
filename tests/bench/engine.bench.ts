// Engine speed: `npm run bench`. The engine runs on every keystroke in the background, so a typical
// reply must cost well under a millisecond, and even a 5,000-word pasted draft must not stall it.
// Reads replies from ../shared/corpus; without it, the long draft is generated and the per-reply
// row is skipped (said so in the output).
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { type AnalysisInput, analyze } from '../../lib/engine';
import { draftReadInterval } from '../../lib/helpdesks/read-interval';
import { defaultRuleSet } from '../../lib/rules/default-pack';
import { type CorpusPair, corpusAvailable, readCorpus } from '../corpus/corpus';
import { strangeDrafts } from './strange-drafts';

// Issue #12: the first analysis of a ticket (the customer's message read too) within 300 µs, a
// 5,000-word draft within 15 ms, and no pasted draft up to 100 KB over 50 ms.
const TARGET_REPLY_MEDIAN_US = 300;
const TARGET_LONG_DRAFT_MS = 15;
const TARGET_STRANGE_DRAFT_MS = 50;
const STRANGE_DRAFT_RUNS = 5;
/** Reading the customer's message (#3) may at most double the cost of checking the draft alone. */
const TARGET_CUSTOMER_OVERHEAD = 2;
/** Typing in a long draft must leave the background idle most of the time (other tabs, the panel). */
const TARGET_TYPING_LOAD = 0.25;
const LONG_DRAFT_WORDS = 5_000;
const REPLY_PASSES = 5;
const LONG_DRAFT_RUNS = 15;

interface Row {
  case: string;
  median: string;
  p90?: string;
  target?: string;
  met?: boolean;
  note?: string;
}

const ruleSet = defaultRuleSet();
const run = (input: AnalysisInput) => analyze(input, ruleSet);

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = (sorted.length - 1) * q;
  const low = Math.floor(index);
  const high = Math.ceil(index);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (index - low);
}

/** Each input timed on its own, `passes` times over; returns the sorted per-call times in ms. */
function timeEach(inputs: readonly AnalysisInput[], passes: number): number[] {
  const times: number[] = [];
  for (let pass = 0; pass < passes; pass++) {
    for (const input of inputs) {
      const start = performance.now();
      run(input);
      times.push(performance.now() - start);
    }
  }
  return times.sort((a, b) => a - b);
}

function warmUp(inputs: readonly AnalysisInput[], calls: number): void {
  for (let index = 0; index < calls; index++) run(inputs[index % inputs.length]!);
}

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The first `words` words of the long replies, one reply per paragraph, like a long e-mail thread answer. */
function draftFromReplies(pairs: readonly CorpusPair[], words: number): string {
  const paragraphs: string[] = [];
  let total = 0;
  for (let index = 0; total < words; index++) {
    const reply = pairs[index % pairs.length]!.agent.trim();
    const replyWords = reply.split(/(\s+)/);
    const wordsHere = countWords(reply);
    if (total + wordsHere <= words) {
      paragraphs.push(reply);
      total += wordsHere;
      continue;
    }
    // Cut the last reply so the draft has exactly `words` words.
    let kept = 0;
    let cut = '';
    for (const part of replyWords) {
      if (/\S/.test(part)) {
        if (kept === words - total) break;
        kept++;
      }
      cut += part;
    }
    paragraphs.push(cut.trim());
    total += kept;
  }
  return paragraphs.join('\n\n');
}

/** A made-up support reply of `words` words, for machines without ../shared. Deterministic. */
function syntheticDraft(words: number): string {
  const sentences = [
    'Thanks for getting in touch about your order and for the photos of the damaged box.',
    'I checked the tracking and the parcel reached the local depot on Tuesday morning.',
    'It has not been scanned since then, which usually means the label was damaged in transit.',
    'I have opened a trace with the courier, which normally takes two working days.',
    'If they cannot find it by Thursday, I will send a replacement by express delivery at no cost.',
    'You will not need to do anything else, and I will email you as soon as I hear back.',
    'In the meantime, your refund for the shipping charge has been issued to the original card.',
    'Please reply here if anything looks wrong, and I will check your account myself.',
  ];
  let seed = 20_240_611;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648);
  const paragraphs: string[] = [];
  let total = 0;
  while (total < words) {
    const paragraph: string[] = [];
    for (let count = 3 + (next() % 4); count > 0 && total < words; count--) {
      const sentence = sentences[next() % sentences.length]!;
      const sentenceWords = sentence.split(' ');
      const take = Math.min(sentenceWords.length, words - total);
      paragraph.push(sentenceWords.slice(0, take).join(' '));
      total += take;
    }
    paragraphs.push(paragraph.join(' '));
  }
  return paragraphs.join('\n\n');
}

/**
 * While the agent types in a long draft, the content script reads it every `draftReadInterval` ms and
 * the background analyzes each read: the share of that time the background is busy analyzing.
 */
function typingLoad(draft: string, analysisMs: number): Row {
  const interval = draftReadInterval(draft.length);
  const share = analysisMs / interval;
  return {
    case: `typing in it: analysis time ÷ read interval (${interval} ms)`,
    median: `${(share * 100).toFixed(0)} %`,
    target: `≤ ${TARGET_TYPING_LOAD * 100} %`,
    met: share <= TARGET_TYPING_LOAD,
  };
}

function benchLongDraft(label: string, input: AnalysisInput, note?: string): Row & { medianMs: number } {
  warmUp([input], 3);
  const times = timeEach([input], LONG_DRAFT_RUNS);
  const median = quantile(times, 0.5);
  return {
    case: `${label} (${countWords(input.draft).toLocaleString('en')} words)`,
    median: `${median.toFixed(2)} ms`,
    p90: `${quantile(times, 0.9).toFixed(2)} ms`,
    target: `≤ ${TARGET_LONG_DRAFT_MS} ms`,
    met: median <= TARGET_LONG_DRAFT_MS,
    ...(note ? { note } : {}),
    medianMs: median,
  };
}

function benchReplies(label: string, pairs: readonly CorpusPair[], target: boolean, withCustomer = true): Row & { medianUs: number } {
  const inputs = pairs.map((pair) => (withCustomer ? { draft: pair.agent, customerMessage: pair.customer } : { draft: pair.agent }));
  warmUp(inputs, Math.max(2_000, inputs.length));
  const times = timeEach(inputs, REPLY_PASSES);
  const medianUs = quantile(times, 0.5) * 1_000;
  return {
    case: `${label} (${pairs.length.toLocaleString('en')} replies × ${REPLY_PASSES})`,
    median: `${medianUs.toFixed(0)} µs`,
    p90: `${(quantile(times, 0.9) * 1_000).toFixed(0)} µs`,
    ...(target ? { target: `≤ ${TARGET_REPLY_MEDIAN_US} µs`, met: medianUs <= TARGET_REPLY_MEDIAN_US } : {}),
    medianUs,
  };
}

/** The keystroke case: the same reply analyzed again right away, so the customer's message is already read. */
function benchRepeat(label: string, pairs: readonly CorpusPair[], withCustomer: boolean): Row & { medianUs: number } {
  const times: number[] = [];
  for (const pair of pairs) {
    const input = withCustomer ? { draft: pair.agent, customerMessage: pair.customer } : { draft: pair.agent };
    run(input);
    const start = performance.now();
    run({ ...input, draft: `${input.draft} ` });
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const medianUs = quantile(times, 0.5) * 1_000;
  return { case: `${label} (${pairs.length.toLocaleString('en')} replies)`, median: `${medianUs.toFixed(0)} µs`, p90: `${(quantile(times, 0.9) * 1_000).toFixed(0)} µs`, medianUs };
}

function printTable(rows: readonly Row[]): void {
  const columns = ['case', 'median', 'p90', 'target', 'result'] as const;
  const cells = rows.map((row) => [row.case, row.median, row.p90 ?? '', row.target ?? '', row.met === undefined ? '' : row.met ? 'ok' : 'MISSED']);
  const widths = columns.map((column, index) => Math.max(column.length, ...cells.map((line) => line[index]!.length)));
  const line = (values: readonly string[]) => values.map((value, index) => (index === 0 ? value.padEnd(widths[index]!) : value.padStart(widths[index]!))).join('  ');
  console.log(line(columns));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const values of cells) console.log(line(values));
}

function main(): void {
  const rows: Row[] = [];
  const notes: string[] = [];
  const started = performance.now();
  run({ draft: 'Warm-up: compiles the default pack once.' });
  notes.push(`first call (compiles the pack): ${(performance.now() - started).toFixed(1)} ms`);

  let longDraft: AnalysisInput;
  if (corpusAvailable()) {
    const conversations = readCorpus('conversations.jsonl');
    const longReplies = readCorpus('long_replies.jsonl');
    rows.push(benchReplies('corpus reply, conversations.jsonl', conversations, true));
    rows.push(benchReplies('same replies, draft only (no customer message)', conversations, false, false));
    // As the agent types, the ticket's customer message stays the same: it is read once per ticket
    // (the rows above pay that on every call) and each keystroke re-checks the draft against it.
    const keystroke = benchRepeat('keystroke with customer message', conversations, true);
    const keystrokeDraftOnly = benchRepeat('keystroke, draft only', conversations, false);
    const overhead = keystroke.medianUs / keystrokeDraftOnly.medianUs;
    rows.push(keystroke, keystrokeDraftOnly, {
      case: 'keystroke: with customer message ÷ draft only',
      median: `${overhead.toFixed(2)}×`,
      target: `≤ ${TARGET_CUSTOMER_OVERHEAD}×`,
      met: overhead <= TARGET_CUSTOMER_OVERHEAD,
    });
    rows.push(benchReplies('real replies only', conversations.filter((pair) => !pair.synthetic), false));
    rows.push(benchReplies('long_replies.jsonl', longReplies, false));
    longDraft = { draft: draftFromReplies(longReplies, LONG_DRAFT_WORDS), customerMessage: longReplies[0]!.customer };
    notes.push('long draft: long_replies.jsonl agent replies joined as paragraphs');
  } else {
    longDraft = { draft: syntheticDraft(LONG_DRAFT_WORDS), customerMessage: 'My parcel never arrived and the box was damaged.' };
    notes.push('../shared/corpus not found: per-reply rows skipped; the long draft is generated (synthetic sentences)');
  }
  const longDraftRow = benchLongDraft('long draft, paragraphs', longDraft);
  rows.push(longDraftRow, typingLoad(longDraft.draft, longDraftRow.medianMs));
  // The same words pasted without a single line break: the segmenter's worst case.
  rows.push(benchLongDraft('long draft, one line', { ...longDraft, draft: longDraft.draft.replace(/\s*\n\s*/g, ' ') }));

  // Pasted drafts nobody types: the worst single run counts, since one slow analysis is a stall.
  for (const { name, draft } of strangeDrafts()) {
    const input = { draft, customerMessage: longDraft.customerMessage };
    warmUp([input], 1);
    const worst = timeEach([input], STRANGE_DRAFT_RUNS).at(-1)!;
    rows.push({ case: `pasted: ${name}`, median: `${worst.toFixed(2)} ms`, target: `≤ ${TARGET_STRANGE_DRAFT_MS} ms (worst)`, met: worst <= TARGET_STRANGE_DRAFT_MS });
  }

  console.log(`Reply Coach engine benchmark: default pack (${ruleSet.rules.length} rules), Node ${process.version}\n`);
  printTable(rows);
  // A shared machine's load moves every row (the worst-of-5 rows most): compare runs side by side.
  notes.push(`load average while it ran: ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`);
  console.log(`\n${notes.join('\n')}`);
  const missed = rows.filter((row) => row.met === false);
  if (missed.length > 0) {
    console.log(`\nTarget missed: ${missed.map((row) => row.case).join('; ')}`);
    process.exitCode = 1;
  }
}

main();
