import type { PageFinding } from '../messaging/editor-actions';
import { relocateRange } from '../editors/relocate-range';

/** A finding where its words are in the editor's text now. */
export interface Mark {
  finding: PageFinding;
  /** Offsets into the text the marks were placed on. */
  start: number;
  end: number;
}

/**
 * Whether a finding is drawn under its words. A finding about something missing (start === end: the
 * place where it belongs) has no words to underline, and follow-up findings are about what the reply
 * does not say yet: both are reached with the keyboard, the count and the panel instead, so no
 * underline suggests that the words next to them are wrong.
 */
export function isUnderlined(mark: Mark): boolean {
  return mark.end > mark.start && mark.finding.category !== 'follow-up';
}

/**
 * The findings of the analyzed `draft`, placed on `current` (the editor's text now; the agent may have
 * typed since the analysis). A finding whose words changed, or cannot be told apart, is left out: the
 * next analysis places it again.
 */
export function placeFindings(findings: readonly PageFinding[], draft: string, current: string): Mark[] {
  const marks: Mark[] = [];
  for (const finding of findings) {
    const placed = place(draft, current, finding.start, finding.end);
    if (placed) marks.push({ finding, ...placed });
  }
  return marks;
}

/** The same marks on the editor's new text (typing moves them along, or removes their words). */
export function moveMarks(marks: readonly Mark[], before: string, current: string): Mark[] {
  if (before === current) return [...marks];
  const moved: Mark[] = [];
  for (const mark of marks) {
    const placed = place(before, current, mark.start, mark.end);
    if (placed) moved.push({ ...mark, ...placed });
  }
  return moved;
}

function place(draft: string, current: string, start: number, end: number): { start: number; end: number } | undefined {
  if (end > draft.length || start > end) return undefined;
  if (draft === current) return { start, end };
  // A bare place has no words to find again once the text around it changed.
  if (start === end) return undefined;
  return relocateRange(current, { draft, start, end, expected: draft.slice(start, end) });
}

/** Whether the agent can go to a finding from the editor: it has words or a place in the draft. */
export function isInText(mark: Mark): boolean {
  return mark.finding.category !== 'follow-up';
}

/** The next finding in reading order after `after` (or from `offset`, the caret), wrapping round. */
export function nextMark(marks: readonly Mark[], offset: number, after?: Mark): Mark | undefined {
  const ordered = marks.filter(isInText).sort((a, b) => a.start - b.start || a.end - b.end);
  if (ordered.length === 0) return undefined;
  if (after) {
    const index = ordered.findIndex((mark) => mark.finding.key === after.finding.key && mark.start === after.start);
    if (index !== -1) return ordered[(index + 1) % ordered.length];
  }
  return ordered.find((mark) => mark.start >= offset) ?? ordered[0];
}
