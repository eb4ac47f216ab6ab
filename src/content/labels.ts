/**
 * The on-page control's and cards' words, from the extension's locales (`_locales/*`), so they
 * follow the browser's language like the popup's. Arabic is written here too, as the fallback
 * where no locale answers (unit tests in Node, a browser without the i18n API): these panels only
 * ever appear on Arabic pages.
 */
const ARABIC = {
  pageLegendOfficials: 'مسؤولون',
  pageLegendAgreements: 'اتفاقات وقرارات',
  pageLegendSpeakers: 'أصحاب تصريحات',
  pageHide: 'إخفاء التظليل',
  pageShow: 'إظهار التظليل',
  pagePrevious: 'السابق',
  pageNext: 'التالي',
  pagePreviousLabel: 'التظليل السابق',
  pageNextLabel: 'التظليل التالي',
  cardAliases: 'أسماء أخرى: $1',
  cardSourcesOne: 'ورد في مصدر محفوظ واحد',
  cardSourcesTwo: 'ورد في مصدرين محفوظين',
  cardSourcesFew: 'ورد في $1 مصادر محفوظة',
  cardSourcesMany: 'ورد في $1 مصدرا محفوظا',
  listSeparator: '، ',
} as const;

export type LabelKey = keyof typeof ARABIC;

type I18n = { getMessage(key: string, substitutions?: string[]): string; getUILanguage(): string };

function i18n(): I18n | null {
  const g = globalThis as unknown as { browser?: { i18n?: I18n }; chrome?: { i18n?: I18n } };
  return g.browser?.i18n ?? g.chrome?.i18n ?? null;
}

export function label(key: LabelKey, ...substitutions: string[]): string {
  let said = '';
  try {
    said = i18n()?.getMessage(key, substitutions) ?? '';
  } catch {
    // No locale here: the Arabic below.
  }
  return said || ARABIC[key].replace('$1', substitutions[0] ?? '');
}

/** Loads the locale's messages now (the first look-up loads them all), so that the control's first label costs nothing. */
export function warmLabels(): void {
  label('pageHide');
}

/** Whether the labels read right to left (the browser's language is Arabic, or no locale answers). */
export function labelsAreRtl(): boolean {
  try {
    const lang = i18n()?.getUILanguage();
    return !lang || /^(ar|fa|he|ur)\b/i.test(lang);
  } catch {
    return true;
  }
}

/** "in N saved sources", with Arabic's number agreement (1, 2, 3–10, 11+). */
export function sourcesLabel(n: number): string {
  if (n <= 0) return '';
  if (n === 1) return label('cardSourcesOne');
  if (n === 2) return label('cardSourcesTwo');
  return label(n <= 10 ? 'cardSourcesFew' : 'cardSourcesMany', String(n));
}
