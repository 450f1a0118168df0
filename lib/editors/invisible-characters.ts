/**
 * Invisible characters editors and helpdesks sprinkle into the DOM: CKEditor 5's inline filler
 * (U+2060), Slate's and Lexical's zero-width strings (U+FEFF), Salesforce's U+200B before words. They
 * are not part of what the agent wrote. ZWJ/ZWNJ are kept: they belong to emoji and to some scripts.
 */
export const INVISIBLE_CHARACTER = /[\u200B\u2060\uFEFF]/;

/** Every invisible character of a text (for `replace`). */
export const INVISIBLE_CHARACTERS = /[\u200B\u2060\uFEFF]/g;

export function withoutInvisibleCharacters(text: string): string {
  return text.replace(INVISIBLE_CHARACTERS, '');
}
