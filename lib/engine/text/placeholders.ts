import type { Span } from '../types';

/**
 * A macro variable the helpdesk fills in when the reply is sent: `{{ticket.requester.first_name}}`,
 * Liquid tags (`{% if … %}`), Help Scout's `{%customer.firstName,fallback=there%}`, `[Name]`.
 */
export interface Placeholder extends Span {
  /** True when it stands for the customer's name, so the reply does address them by name. */
  isCustomerName: boolean;
}

// {{liquid}}, {% tag %}, {placeholder}, [Bracketed Name], <name>, %NAME%: short, no nested brackets, no sentence inside.
const PLACEHOLDER = /\{\{[^{}\n]{1,80}\}\}|\{%[^{}%\n]{1,80}%\}|\{[A-Za-z][\w .-]{0,40}\}|\[[A-Za-z][\w .'-]{0,40}\]|<[a-z][a-z_ ]{0,30}>|%[A-Z][A-Z_]{1,30}%/g;
const CUSTOMER_NAME = /name|requester|customer|contact|first|recipient/i;
// The agent's own name is `current_user` (Zendesk), `user` (Front, Help Scout), `agent` (Freshdesk).
const NOT_A_PERSON = /agent|user|assignee|company|brand|product|order|ticket\.id|support|sender/i;

export function findPlaceholders(draft: string): Placeholder[] {
  const placeholders: Placeholder[] = [];
  for (const match of draft.matchAll(PLACEHOLDER)) {
    const text = match[0];
    placeholders.push({
      start: match.index,
      end: match.index + text.length,
      isCustomerName: CUSTOMER_NAME.test(text) && !NOT_A_PERSON.test(text.replace(/requester|customer/gi, '')),
    });
  }
  return placeholders;
}
