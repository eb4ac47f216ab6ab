/** Arabic wording for the popup: dates and counts. */

const dateFormat = new Intl.DateTimeFormat('ar', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "١٥ مايو ٢٠١٩" from an ISO date or timestamp; the date as the page wrote it, whatever its time zone. */
export function formatDate(iso: string | null): string {
  const day = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!day) return '';
  const date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
  return Number.isNaN(date.getTime()) ? '' : dateFormat.format(date);
}

const plural = new Intl.PluralRules('ar');
const number = new Intl.NumberFormat('ar');

/** How many times a name is mentioned, with Arabic's number agreement ("مرتان", "٣ مرات", "١١ مرة"). */
export function timesLabel(n: number): string {
  switch (plural.select(n)) {
    case 'one':
      return 'مرة واحدة';
    case 'two':
      return 'مرتان';
    case 'few':
      return `${number.format(n)} مرات`;
    default:
      return `${number.format(n)} مرة`;
  }
}

export function countLabel(n: number): string {
  return number.format(n);
}
