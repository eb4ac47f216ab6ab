// Dates as Arabic news sites print them. Sites differ: Egypt and the Gulf use the
// Latin-derived month names (مايو), the Levant the Syriac ones (أيار), some both.

const WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
const MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
const LEVANT_MONTHS = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];

/** @param {string} iso `YYYY-MM-DD` */
function parts(iso) {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) throw new Error(`not an ISO date: ${iso}`);
  return { y, m, d, weekday: new Date(Date.UTC(y, m - 1, d)).getUTCDay() };
}

/** "الأربعاء 15 مايو 2019" */
export function longDate(iso) {
  const { y, m, d, weekday } = parts(iso);
  return `${WEEKDAYS[weekday]} ${d} ${MONTHS[m - 1]} ${y}`;
}

/** "15 أيار 2019" */
export function levantDate(iso) {
  const { y, m, d } = parts(iso);
  return `${d} ${LEVANT_MONTHS[m - 1]} ${y}`;
}

/** "24/8/2016" */
export function numericDate(iso) {
  const { y, m, d } = parts(iso);
  return `${d}/${m}/${y}`;
}

/** "مايو/أيار 2019" for headers and archives */
export function monthLabel(iso) {
  const { y, m } = parts(iso);
  return `${MONTHS[m - 1]}/${LEVANT_MONTHS[m - 1]} ${y}`;
}

/** "11:42" from a full ISO timestamp, as the site's local time */
export function clockTime(isoTimestamp) {
  return isoTimestamp.slice(11, 16);
}
