import { afterEach, expect, it } from 'vitest';
import { label, labelsAreRtl, sourcesLabel } from '../../../src/content/labels.ts';

afterEach(() => {
  delete (globalThis as { chrome?: unknown }).chrome;
});

it('counts saved sources with Arabic number agreement when no locale answers', () => {
  expect(sourcesLabel(0)).toBe('');
  expect(sourcesLabel(1)).toBe('ورد في مصدر محفوظ واحد');
  expect(sourcesLabel(2)).toBe('ورد في مصدرين محفوظين');
  expect(sourcesLabel(7)).toBe('ورد في 7 مصادر محفوظة');
  expect(sourcesLabel(25)).toBe('ورد في 25 مصدرا محفوظا');
  expect(labelsAreRtl()).toBe(true);
});

it('takes the words from the extension locales when the browser gives them', () => {
  const messages: Record<string, string> = { pageHide: 'Hide highlights', cardSourcesFew: 'In $1 saved sources' };
  (globalThis as { chrome?: unknown }).chrome = {
    i18n: {
      getMessage: (key: string, subs: string[] = []) => (messages[key] ?? '').replace('$1', subs[0] ?? ''),
      getUILanguage: () => 'en-US',
    },
  };
  expect(label('pageHide')).toBe('Hide highlights');
  expect(sourcesLabel(4)).toBe('In 4 saved sources');
  // A key the locale lacks falls back to Arabic rather than to nothing.
  expect(label('pageNext')).toBe('التالي');
  expect(labelsAreRtl()).toBe(false);
});
