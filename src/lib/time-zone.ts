/** The zone a shop counts its days in when the server names none (`STORE_TIMEZONE`'s default). */
export const DEFAULT_STORE_TIME_ZONE = 'Asia/Jakarta';

export type ZonedDate = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
};

const partFormatters = new Map<string, Intl.DateTimeFormat>();

function partFormatter(timeZone: string): Intl.DateTimeFormat {
  let format = partFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partFormatters.set(timeZone, format);
  }
  return format;
}

/** What a wall clock in `timeZone` reads at the instant `ms`. */
export function zonedDate(ms: number, timeZone: string): ZonedDate {
  const out: Record<string, number> = {};
  for (const part of partFormatter(timeZone).formatToParts(ms))
    if (part.type !== 'literal') out[part.type] = Number(part.value);
  return {
    year: out.year!,
    month: out.month!,
    day: out.day!,
    hour: out.hour! % 24,
    minute: out.minute!,
    second: out.second!,
  };
}

/** How far `timeZone`'s wall clock is ahead of UTC at the instant `ms`. */
function offsetAt(ms: number, timeZone: string): number {
  const z = zonedDate(ms, timeZone);
  const wall = Date.UTC(z.year, z.month - 1, z.day, z.hour, z.minute, z.second);
  return wall - Math.floor(ms / 1000) * 1000;
}

/** The instant `timeZone`'s calendar day starts; day and month may overflow (`day: 32` is the next month). */
export function zonedMidnight(year: number, month: number, day: number, timeZone: string): number {
  const wall = Date.UTC(year, month - 1, day);
  const guess = wall - offsetAt(wall, timeZone);
  return wall - offsetAt(guess, timeZone);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD` of a calendar day given as numbers (overflowing days roll over, as in `Date.UTC`). */
export function dayText(year: number, month: number, day: number): string {
  const d = new Date(Date.UTC(year, month - 1, day));
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The `YYYY-MM-DD` day of the instant `ms` in `timeZone`. */
export function zonedDay(ms: number, timeZone: string): string {
  const z = zonedDate(ms, timeZone);
  return dayText(z.year, z.month, z.day);
}

/** `YYYY-MM-DD HH:mm:ss` on `timeZone`'s wall clock: the form spreadsheets read as a date and time. */
export function zonedDateTimeText(ms: number, timeZone: string): string {
  const z = zonedDate(ms, timeZone);
  return `${dayText(z.year, z.month, z.day)} ${pad(z.hour)}:${pad(z.minute)}:${pad(z.second)}`;
}

/** `YYYY-MM-DD` as numbers. */
export function dayParts(day: string): { year: number; month: number; day: number } {
  const [year, month, date] = day.split('-').map(Number);
  return { year: year!, month: month!, day: date! };
}

/** True for a zone name this browser knows (`Asia/Makassar`), false for anything else. */
export function isTimeZone(name: unknown): name is string {
  if (typeof name !== 'string' || name === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

// Table cells name the zone on every row: one formatter per zone, not one per cell.
const nameFormatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's short name as Indonesians write it (`WIB`, `WITA`, `WIT`), or its offset elsewhere. */
export function zoneAbbreviation(timeZone: string, ms: number = Date.now()): string {
  let format = nameFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('id-ID', { timeZone, timeZoneName: 'short' });
    nameFormatters.set(timeZone, format);
  }
  const parts = format.formatToParts(ms);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}
