const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2025-01-06" → "6 Jan": short enough for eight weeks side by side at 320 px, the same in every locale. */
export function weekLabel(monday: string): string {
  const [, month = 1, day = 1] = monday.split('-').map(Number);
  return `${day} ${MONTHS[month - 1] ?? ''}`;
}
