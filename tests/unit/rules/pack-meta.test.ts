// Keeps the default pack honest: every rule says why it exists (an explanation), where that comes
// from (a guidance chapter) and what it means (examples both ways), and no explanation copies the
// guidance it paraphrases.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileRuleSet } from '../../../lib/engine';
import { runExample } from '../../../lib/rule-testing/run-examples';
import { DEFAULT_PACK_FILES, defaultRuleSet } from '../../../lib/rules/default-pack';
import { loadRuleSet } from '../../../lib/rules/load';
import { SHARED_DIR } from '../../corpus/corpus';

/**
 * The chapters listed in ../shared/guidance/README.md, by number. Written out here so the checks
 * that need only the numbers run on a machine without ../shared; when ../shared is there, a test
 * below keeps this table in step with the README.
 */
const GUIDANCE_CHAPTERS: Readonly<Record<string, string>> = {
  '000': 'Finding Ways to Apply Customer Service to Your Job',
  '001': 'Maximizing Your Customer Service Skills (overview)',
  '002': 'Chapter 5: Maximizing Your Customer Service Skills',
  '003': 'Identifying Opportunities to Provide Excellent Customer Service',
  '004': 'Assessing Your Personal Approach to Customer Service',
};

/** A run of this many words found verbatim in the guidance counts as copied, not paraphrased. */
const COPIED_RUN_WORDS = 8;

const rules = defaultRuleSet().rules;
const byId = rules.map((rule) => [rule.id, rule] as const);

/** "002 Fostering Trust and Respect" → chapter "002", section "Fostering Trust and Respect". */
function citation(guidance: string | undefined): { chapter: string; section: string } | undefined {
  const match = /^(\d{3}) (.+)$/.exec(guidance ?? '');
  return match ? { chapter: match[1]!, section: match[2]!.trim() } : undefined;
}

describe('default pack: every rule documents itself', () => {
  it.each(byId)('%s has at least one flagged and one accepted example', (_id, rule) => {
    expect(rule.examples?.flagged.length ?? 0, 'examples.flagged').toBeGreaterThanOrEqual(1);
    expect(rule.examples?.accepted.length ?? 0, 'examples.accepted').toBeGreaterThanOrEqual(1);
  });

  it.each(byId)('%s states the exact words of at least one flagged example (`at:`)', (_id, rule) => {
    const flagged = rule.examples?.flagged ?? [];
    expect(flagged.some((example) => typeof example !== 'string' && example.at !== undefined)).toBe(true);
  });

  it.each(byId)('%s states the text after its fix (`fixed:`) when it offers one', (_id, rule) => {
    const everyRule = compileRuleSet({ ...defaultRuleSet(), rules: defaultRuleSet().rules.map((each) => ({ ...each, enabled: true, checklistOnly: false })) });
    const flagged = rule.examples?.flagged ?? [];
    const offersFix = flagged.some((example) => runExample(everyRule, rule.id, 'flagged', example).findings.some((finding) => finding.suggestion));
    if (!offersFix) return;
    expect(flagged.some((example) => typeof example !== 'string' && example.fixed !== undefined)).toBe(true);
  });

  it.each(byId)('%s has a short title for people, not its id', (_id, rule) => {
    expect(rule.title, 'title').toBeTruthy();
    expect(rule.title!.length).toBeLessThanOrEqual(40);
    expect(rule.title).not.toContain('.');
  });

  it.each(byId)('%s has an explanation', (_id, rule) => {
    // A sentence or two that says why, not a placeholder.
    expect(rule.explanation.trim().split(/\s+/).length, 'explanation words').toBeGreaterThanOrEqual(8);
  });

  it.each(byId)('%s cites a guidance chapter listed in the guidance README', (_id, rule) => {
    const cited = citation(rule.guidance);
    expect(cited, `guidance should be "<chapter number> <section>", got ${JSON.stringify(rule.guidance)}`).toBeDefined();
    expect(Object.keys(GUIDANCE_CHAPTERS), `chapter of "${rule.guidance}"`).toContain(cited!.chapter);
  });

  it('rule ids are unique across the pack files', () => {
    const filesById = new Map<string, string[]>();
    for (const [file, text] of Object.entries(DEFAULT_PACK_FILES)) {
      const loaded = loadRuleSet(text, 'yaml');
      expect(loaded.ok, `${file} loads`).toBe(true);
      if (!loaded.ok) continue;
      for (const rule of loaded.ruleSet.rules) filesById.set(rule.id, [...(filesById.get(rule.id) ?? []), file]);
    }
    const duplicates = [...filesById].filter(([, files]) => files.length > 1).map(([id, files]) => `${id} in ${files.join(', ')}`);
    expect(duplicates).toEqual([]);
  });
});

const GUIDANCE_DIR = join(SHARED_DIR, 'guidance');
const guidanceAvailable = existsSync(join(GUIDANCE_DIR, 'README.md'));
if (!guidanceAvailable) console.warn(`${GUIDANCE_DIR} not found (../shared is missing): skipping the checks against the guidance text.`);

interface Chapter {
  file: string;
  text: string;
  headings: string[];
}

let chapters: Map<string, Chapter> | undefined;
/** The chapter files by number, read on first use (never at collection time, so a missing ../shared only skips). */
function guidanceChapters(): Map<string, Chapter> {
  if (chapters) return chapters;
  chapters = new Map();
  for (const file of readdirSync(GUIDANCE_DIR).filter((name) => /^\d{3}_.*\.txt$/.test(name)).sort()) {
    const text = readFileSync(join(GUIDANCE_DIR, file), 'utf8');
    chapters.set(file.slice(0, 3), { file, text, headings: headingsOf(text) });
  }
  return chapters;
}

/** Setext headings (a line underlined with === or ---) and ATX headings (## Heading). */
function headingsOf(text: string): string[] {
  const lines = text.split('\n').map((line) => line.trim());
  const headings: string[] = [];
  lines.forEach((line, index) => {
    const atx = /^#{1,6}\s+(.+)$/.exec(line);
    if (atx) headings.push(atx[1]!.trim());
    else if (line && /^(?:={3,}|-{3,})$/.test(lines[index + 1] ?? '')) headings.push(line);
  });
  return headings;
}

/** Lower-case words, apostrophes kept inside words, punctuation and line breaks ignored. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().replace(/’/g, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? [];
}

function runsOf(words: readonly string[], length: number): string[] {
  const runs: string[] = [];
  for (let start = 0; start + length <= words.length; start++) runs.push(words.slice(start, start + length).join(' '));
  return runs;
}

let guidanceRuns: Set<string> | undefined;
function copiedRuns(text: string): string[] {
  guidanceRuns ??= new Set([...guidanceChapters().values()].flatMap((chapter) => runsOf(wordsOf(chapter.text), COPIED_RUN_WORDS)));
  return runsOf(wordsOf(text), COPIED_RUN_WORDS).filter((run) => guidanceRuns!.has(run));
}

describe.skipIf(!guidanceAvailable)(
  guidanceAvailable ? 'default pack against ../shared/guidance' : '../shared not found: skipping the checks against the guidance text',
  () => {
    it('the chapter table above matches ../shared/guidance/README.md', () => {
      const readme = readFileSync(join(GUIDANCE_DIR, 'README.md'), 'utf8');
      const listed = Object.fromEntries([...readme.matchAll(/^\|\s*(\d{3})_[^|]*\.txt\s*\|\s*([^|]+?)\s*\|/gm)].map((row) => [row[1]!, row[2]!]));
      expect(listed).toEqual(GUIDANCE_CHAPTERS);
      expect([...guidanceChapters().keys()]).toEqual(Object.keys(GUIDANCE_CHAPTERS));
    });

    it.each(byId)('%s cites a section heading that exists in its chapter', (_id, rule) => {
      const cited = citation(rule.guidance);
      const chapter = cited && guidanceChapters().get(cited.chapter);
      expect(chapter, `chapter file for "${rule.guidance}"`).toBeDefined();
      expect(chapter!.headings, `section of "${rule.guidance}" in ${chapter!.file}`).toContain(cited!.section);
    });

    it.each(byId)(`%s: explanation and message copy no run of ${COPIED_RUN_WORDS} words from the guidance`, (_id, rule) => {
      expect(copiedRuns(rule.explanation), 'explanation: paraphrase the guidance, never quote it').toEqual([]);
      expect(copiedRuns(rule.message), 'message').toEqual([]);
    });
  },
);
