/** Lower-case words of a name as code writes them: "omni-log-item-message", "CommonMessage__Body", "TxnSendMailTo". */
export function codeWords(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

const IDENTITY_ATTRIBUTES = ['class', 'id', 'role', 'name', 'type'];

/**
 * The words an element's markup names it by: its class, id, role, name and type, its test ids' values
 * and (with `dataNames`) the names of its data attributes (`data-transaction-id` → transaction, id).
 * What it is, not what it says.
 */
export function identityWords(element: Element, { dataNames = false } = {}): string[] {
  const words: string[] = [];
  for (const attribute of element.attributes) {
    const name = attribute.name;
    if (IDENTITY_ATTRIBUTES.includes(name)) words.push(...codeWords(attribute.value));
    else if (/^data-(test-?id|cy|id|qa)$/.test(name)) words.push(...codeWords(attribute.value));
    else if (dataNames && name.startsWith('data-')) words.push(...codeWords(name.slice(5)));
  }
  if (element.tagName === 'ARTICLE') words.push('article');
  return words;
}
