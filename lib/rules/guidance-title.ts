/**
 * How a rule's guidance is cited to people: the chapter's title only ("002 Fostering Trust and
 * Respect" → "Fostering Trust and Respect"). The number orders chapters in the team's guidance
 * folder, a document agents and leads do not have open.
 */
export function guidanceTitle(guidance: string): string {
  return guidance.replace(/^\s*\d+[\s.:-]+/, '').trim() || guidance.trim();
}
