import { dayNumber } from './network-index';

const DAY_MS = 86_400_000;

/** The ISO date (YYYY-MM-DD) of a day number (days since 1970-01-01, as `dayNumber` gives). */
export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The ISO date `days` days after `isoDate` (before it when negative). */
export function addDays(isoDate: string, days: number): string {
  return dateOfDay(dayNumber(isoDate) + days);
}

/** The day number of the last day of a month number (`monthNumber`: months since year 0). */
export function monthEndDay(month: number): number {
  return Date.UTC(Math.floor(month / 12), (month % 12) + 1, 0) / DAY_MS;
}
