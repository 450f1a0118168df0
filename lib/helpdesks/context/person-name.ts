const EMAIL = /[^\s<>()"',;:[\]]+@[^\s<>()"',;:[\]]+\.[a-z]{2,}/i;

/** The e-mail address in `text`, if any. */
export function emailIn(text: string): string | undefined {
  return EMAIL.exec(text)?.[0];
}

/** Words that label a person rather than name one. */
const NOT_A_NAME = /^(?:me|you|unknown|customer|requester|requestor|contact|client|user|agent|support|to|from|cc|bcc|none|n\/a|-+)$/i;

/**
 * A person's name as a page shows it: "Dana Whitfield <dana@example.com>", "\"Dana\" <dana@…>",
 * "dana@example.com (Dana Whitfield)", or just the name. Undefined for a bare address (no name to
 * greet) or text that is no name (too long, a label, a sentence).
 */
export function personName(text: string): string | undefined {
  // A recipient line says "To: Dana <dana@…>": the label is not the name.
  let name = (text.split('\n').find((line) => line.trim()) ?? '').trim().replace(/^(?:to|from|cc|bcc)\s*:\s*/i, '');
  if (EMAIL.test(name)) {
    // Several recipients: the first is the one addressed.
    name = name.split(/[;,](?![^<]*>)/)[0]!.trim();
  } else if (name.includes(',')) {
    // "Whitfield, Dana" is a name; a comma in anything longer is a sentence.
    const parts = name.split(',').map((part) => part.trim());
    if (parts.length !== 2 || parts.some((part) => !part || part.split(/\s+/).length > 2)) return undefined;
    name = `${parts[1]} ${parts[0]}`;
  }
  const inParentheses = /^\S+@\S+\s*\(([^()]+)\)$/.exec(name);
  if (inParentheses) name = inParentheses[1]!;
  name = name
    .replace(/<[^<>]*>/g, ' ')
    .replace(/\([^()]*@[^()]*\)/g, ' ')
    .replace(/^["'\s]+|["'\s]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!name || EMAIL.test(name) || name.length > 60 || name.split(' ').length > 5) return undefined;
  if (NOT_A_NAME.test(name) || /[:?!]|\d{3,}/.test(name)) return undefined;
  return name;
}

/** Whether two texts name the same person: same name (any case), or one's address in the other. */
export function samePerson(a: string, b: string): boolean {
  const addressA = emailIn(a)?.toLowerCase();
  const addressB = emailIn(b)?.toLowerCase();
  if (addressA && addressB) return addressA === addressB;
  const nameA = personName(a)?.toLowerCase();
  const nameB = personName(b)?.toLowerCase();
  return nameA !== undefined && nameA === nameB;
}
