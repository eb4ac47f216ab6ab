/**
 * The popup's library opens at once however large the library: it shows the newest articles
 * first and adds more on request, group by group.
 */
import { renderToString } from 'preact-render-to-string';
import { h } from 'preact';
import { expect, it } from 'vitest';
import type { LibraryGroupView } from '../../../src/messages.ts';

// The locale stands behind i18n.getMessage: a stub that shows the key and what fills it (Arabic UI).
(globalThis as { chrome?: unknown }).chrome = {
  i18n: { getMessage: (key: string, subs: string[] = []) => (key === 'uiLanguage' ? 'ar' : [key, ...subs].join(' | ')) },
};
const { Library } = await import('../../../src/popup/Library.tsx');

function library(groups: number, perGroup: number): LibraryGroupView[] {
  return Array.from({ length: groups }, (_, g) => ({
    meeting: null,
    articles: Array.from({ length: perGroup }, (_, i) => ({
      url: `https://news.example/${g}/${i}`,
      title: `مقال ${g}-${i}`,
      published: '2024-03-10',
      source: 'أخبار المثال',
      savedAt: 0,
      officials: 1,
      agreements: 0,
    })),
  }));
}

it('renders the first 60 articles of a library of thousands, and offers the rest', () => {
  const html = renderToString(h(Library, { groups: library(100, 50), selected: null, onChoose: () => {} }));
  expect(html.match(/<li>/g)).toHaveLength(60);
  expect(html).toContain('data-testid="show-more"');
  expect(html).toContain('showMore | 4940');
});

it('shows a small library whole, with no button', () => {
  const html = renderToString(h(Library, { groups: library(3, 4), selected: null, onChoose: () => {} }));
  expect(html.match(/<li>/g)).toHaveLength(12);
  expect(html).not.toContain('show-more');
});
