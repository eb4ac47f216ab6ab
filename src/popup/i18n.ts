/**
 * The popup's words, from the extension's locale files (_locales/ar, _locales/en) through
 * i18n.getMessage: the browser picks the reader's language. Read from the `chrome`/`browser`
 * global rather than the polyfill because getMessage is synchronous, and so that the popup's
 * components also render in Node (tests, benchmark), where the key itself stands in.
 */
type GetMessage = (key: string, substitutions?: string | string[]) => string;

interface I18nGlobal {
  i18n?: { getMessage?: GetMessage };
}

function resolveGetMessage(): GetMessage | null {
  const scope = globalThis as { browser?: I18nGlobal; chrome?: I18nGlobal };
  const api = scope.browser?.i18n ?? scope.chrome?.i18n;
  return typeof api?.getMessage === 'function' ? api.getMessage.bind(api) : null;
}

const getMessage = resolveGetMessage();

/** The message `key` with `$1`… filled; the key itself when no locale file has it. */
export function t(key: string, ...substitutions: (string | number)[]): string {
  const text = getMessage?.(key, substitutions.map(String));
  return text || key;
}

/** The language the popup's words are in ("ar" or "en"), as the locale file in use says. */
export function uiLanguage(): string {
  const lang = getMessage?.('uiLanguage');
  return lang || 'ar';
}

/** Writing direction of the popup's words. */
export function uiDirection(): 'rtl' | 'ltr' {
  return uiLanguage().startsWith('ar') ? 'rtl' : 'ltr';
}
