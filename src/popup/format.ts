/** Dates and counts in the popup's language (Arabic number agreement when the words are Arabic). */
import { t, uiLanguage } from './i18n.ts';

const arabic = () => uiLanguage().startsWith('ar');

let dateFormat: Intl.DateTimeFormat | null = null;

/** "١٥ مايو ٢٠١٩" from an ISO date or timestamp; the date as the page wrote it, whatever its time zone. */
export function formatDate(iso: string | null): string {
  const day = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!day) return '';
  const date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
  dateFormat ??= new Intl.DateTimeFormat(uiLanguage(), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return Number.isNaN(date.getTime()) ? '' : dateFormat.format(date);
}

const plural = new Intl.PluralRules('ar');
let number: Intl.NumberFormat | null = null;

export function countLabel(n: number): string {
  number ??= new Intl.NumberFormat(uiLanguage());
  return number.format(n);
}

/**
 * A count with its noun in the right number: Arabic has one, two, few (3–10) and many forms,
 * English one and other. `key` names the messages `key_one`, `key_two`, `key_few`, `key_other`.
 */
export function countOf(key: string, n: number): string {
  const form = arabic() ? plural.select(n) : n === 1 ? 'one' : 'other';
  const chosen = form === 'one' || form === 'two' || form === 'few' ? form : 'other';
  return t(`${key}_${chosen}`, countLabel(n));
}

/** How many times a name is mentioned ("مرتان", "٣ مرات", "١١ مرة"). */
export function timesLabel(n: number): string {
  return countOf('times', n);
}

/** How many stored sources name an entity. */
export function sourcesLabel(n: number): string {
  return countOf('sources', n);
}
