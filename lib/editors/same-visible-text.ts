import { withoutInvisibleCharacters } from './invisible-characters';

/**
 * Whether two texts read the same to the agent: editors keep spaces as no-break spaces, add invisible
 * filler characters, and turn a line feed into a paragraph or a `<br>` as they see fit.
 */
export function sameVisibleText(a: string, b: string): boolean {
  return squash(a) === squash(b);
}

function squash(text: string): string {
  return withoutInvisibleCharacters(text).replace(/[\s\u00A0]+/g, ' ').trim();
}
