/** One problem in a rule file: where it is (`rules[3].patterns[0]`, and the line for YAML) and what is wrong. */
export interface RuleSetError {
  path: string;
  message: string;
  line?: number;
}

/** `["rules", 3, "patterns", 0]` → `rules[3].patterns[0]`; the root is `(root)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(String(key))) text += text ? `.${String(key)}` : String(key);
    else text += `[${JSON.stringify(String(key))}]`;
  }
  return text || '(root)';
}

export function describeErrors(errors: readonly RuleSetError[]): string {
  return errors.map((error) => `${error.line ? `line ${error.line}: ` : ''}${error.path}: ${error.message}`).join('\n');
}
