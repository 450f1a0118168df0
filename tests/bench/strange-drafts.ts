// Drafts nobody types but agents paste: a very long "word", links, a base64 blob, a wall of emoji,
// 100 KB of text. The engine must read them without freezing the background (npm run bench times
// them) or throwing, and every finding must point inside the draft (tests/unit/engine).

/** Deterministic pseudo-random characters from an alphabet. */
function characters(count: number, alphabet: string, seed: number): string {
  let state = seed;
  let text = '';
  for (let index = 0; index < count; index++) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    text += alphabet[state % alphabet.length];
  }
  return text;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const PROSE = 'Thanks for your patience while we looked into this, and sorry for the wait. ';

export interface StrangeDraft {
  name: string;
  draft: string;
}

export function strangeDrafts(): StrangeDraft[] {
  const longUrl = (index: number) => `https://example.com/track/${characters(480, 'abcdefghijklmnopqrstuvwxyz0123456789/-_?=&.', index)}`;
  return [
    { name: 'one 40,000-character word', draft: `Hi Sam, here it is: ${characters(40_000, 'abcdefghijklmnopqrstuvwxyz', 1)} thanks.` },
    { name: 'one 40,000-character word in capitals', draft: characters(40_000, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 2) },
    { name: '200 links of 500 characters', draft: Array.from({ length: 200 }, (_, index) => `See ${longUrl(index)} for step ${index}.`).join('\n') },
    { name: 'a 100 KB base64 blob', draft: `Attached below.\n\n${characters(100_000, BASE64, 3)}==` },
    { name: '2,000 emoji', draft: `Thanks! ${'😀🎉👍🏽❤️‍🔥'.repeat(500)}` },
    { name: '100 KB of prose on one line', draft: PROSE.repeat(Math.ceil(100_000 / PROSE.length)).slice(0, 100_000) },
    { name: '100 KB of one-word lines', draft: 'refund\n'.repeat(100_000 / 7) },
    { name: '100 KB of punctuation', draft: '?!.,;:'.repeat(100_000 / 6) },
    { name: '100 KB of quoted history', draft: `Thanks.\n\nOn Mon, Sam wrote:\n${'> As I already explained, soon!!!\n'.repeat(3_000)}` },
  ];
}
