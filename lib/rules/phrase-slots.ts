/**
 * Slots a phrase may contain, so leads can write "{number} business days" or "refund of {money}"
 * without a regular expression. Each slot is a small native pattern with no ambiguous repetition
 * (linear to match), which keeps phrase rules fast and safe on any draft.
 */
export const PHRASE_SLOTS = {
  number: '\\d+(?:[.,]\\d+)?',
  money: '[$€£¥]\\s?\\d+(?:[.,]\\d+)?',
  /** A web address, without the sentence's closing punctuation. */
  link: 'https?://[^\\s<>"]*[^\\s<>".,;:!?)\\]]',
  weekday: '(?:mon|tues|wednes|thurs|fri|satur|sun)day',
  month: '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?',
  /** A time of day: "3pm", "10:30 am", "14:00". */
  clock: '(?:\\d{1,2}(?::\\d{2})?\\s?(?:am|pm)|\\d{1,2}:\\d{2})',
  /** An amount of time: "24 hours", "3-5 business days", "2 to 3 weeks". */
  duration:
    '\\d+(?:[.,]\\d+)?(?:\\s?(?:-|–|to)\\s?\\d+)?\\s?(?:business |working )?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)',
  /** A calendar date: "June 14", "14 June", "14th of June". */
  date: '(?:MONTH\\s\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s(?:of\\s)?MONTH)',
} as const;

export type PhraseSlot = keyof typeof PHRASE_SLOTS;

/** A slot's regex source, with the month names filled in where a slot refers to them. */
export function slotSource(slot: PhraseSlot): string {
  return PHRASE_SLOTS[slot].replaceAll('MONTH', PHRASE_SLOTS.month);
}

export const SLOT_REFERENCE = /\{([a-z]+)\}/g;

/** Slots whose text starts and ends with a letter or digit, so whole-word boundaries apply around them. */
export const WORDY_SLOTS: ReadonlySet<string> = new Set(['number', 'weekday', 'month', 'clock', 'duration', 'date']);

/** Why a phrase cannot be used, or undefined when every slot it names exists. */
export function phraseSlotError(phrase: string): string | undefined {
  for (const [, name] of phrase.matchAll(SLOT_REFERENCE)) {
    if (!(name! in PHRASE_SLOTS)) return `unknown slot {${name}}; phrases may use ${Object.keys(PHRASE_SLOTS).map((slot) => `{${slot}}`).join(', ')}`;
  }
  return undefined;
}
