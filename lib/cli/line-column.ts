/** A 1-based position, as editors and ESLint show it. */
export interface LineColumn {
  line: number;
  column: number;
}

/**
 * Returns a function from a UTF-16 offset into `text` to its line and column. Columns count UTF-16
 * code units (as ESLint's do), so they agree with the offsets in the JSON output. "\r\n", "\r" and
 * "\n" each end a line, so a draft saved on Windows gets the line numbers its editor shows.
 */
export function lineColumnLocator(text: string): (offset: number) => LineColumn {
  const lineStarts = [0];
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '\n' || (char === '\r' && text[index + 1] !== '\n')) lineStarts.push(index + 1);
  }
  return (offset) => {
    // Binary search for the last line that starts at or before the offset: a draft can have many findings.
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
  };
}
