/** "phrase => better" lines as a swap table; a line without "=>" keeps an empty replacement (removes the words). */
export function swapOf(lines: readonly string[]): Record<string, string> {
  const swap: Record<string, string> = {};
  for (const line of lines) {
    const at = line.indexOf('=>');
    if (at === -1) swap[line] = '';
    else swap[line.slice(0, at).trim()] = line.slice(at + 2).trim();
  }
  return swap;
}

/** The swap table as the form's lines. */
export function swapLines(swap: Readonly<Record<string, string>>, separator = ' => '): string[] {
  return Object.entries(swap).map(([from, to]) => `${from}${separator}${to}`);
}
