// ISO 8601 weeks (Monday first; week 1 holds the year's first Thursday), computed on calendar days
// in UTC so the answer never depends on the time zone the code runs in.

const DAY_MS = 86_400_000;

export interface IsoWeek {
  /** e.g. "2025-W02". Sorts in time order as a string. */
  id: string;
  /** The week's Monday, `YYYY-MM-DD`. */
  monday: string;
}

export function isoWeekOf(day: string): IsoWeek {
  const date = parseDay(day);
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const monday = new Date(date.getTime() - weekday * DAY_MS);
  const thursday = new Date(monday.getTime() + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return { id: `${year}-W${String(week).padStart(2, '0')}`, monday: formatDay(monday) };
}

/** The Monday `weeks` weeks after (or before, when negative) the given Monday. */
export function addWeeks(monday: string, weeks: number): string {
  return formatDay(new Date(parseDay(monday).getTime() + weeks * 7 * DAY_MS));
}

function parseDay(day: string): Date {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date));
}

function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
