/**
 * The popup's library opens at once however large the library: it shows the first page the
 * background sends (newest first) under its meetings, and asks for the next on request.
 */
import { renderToString } from 'preact-render-to-string';
import { h } from 'preact';
import { expect, it } from 'vitest';
import type { LibraryArticleView } from '../../../src/messages.ts';

// The locale stands behind i18n.getMessage: a stub that shows the key and what fills it (Arabic UI).
(globalThis as { chrome?: unknown }).chrome = {
  i18n: { getMessage: (key: string, subs: string[] = []) => (key === 'uiLanguage' ? 'ar' : [key, ...subs].join(' | ')) },
};
const { Library, groupArticles } = await import('../../../src/popup/Library.tsx');

const meeting = (id: string) => ({ id, kind: 'meeting' as const, participants: [{ id: 'a', name: 'أ' }], place: 'مسقط', date: '2024-03-10' });

function articles(n: number, meetingOf: (i: number) => string | null = () => null): LibraryArticleView[] {
  return Array.from({ length: n }, (_, i) => {
    const m = meetingOf(i);
    return {
      url: `https://news.example/${i}`,
      title: `مقال ${i}`,
      published: '2024-03-10',
      source: 'أخبار المثال',
      savedAt: 0,
      officials: 1,
      agreements: 0,
      meeting: m === null ? null : meeting(m),
    };
  });
}

it('renders the page it was given and offers the rest of a library of thousands', () => {
  const html = renderToString(h(Library, { library: { articles: articles(60), total: 5000, more: true }, selected: null, onChoose: () => {}, onMore: () => {} }));
  expect(html.match(/<li>/g)).toHaveLength(60);
  expect(html).toContain('data-testid="show-more"');
  expect(html).toContain('showMore | 4940');
});

it('shows a small library whole, with no button', () => {
  const html = renderToString(h(Library, { library: { articles: articles(12), total: 12, more: false }, selected: null, onChoose: () => {}, onMore: () => {} }));
  expect(html.match(/<li>/g)).toHaveLength(12);
  expect(html).not.toContain('show-more');
});

it('groups the loaded articles by meeting, in the order of their newest article, those of no meeting last', () => {
  const list = articles(7, (i) => [null, 'm1', 'm2', 'm1', null, 'm3', 'm2'][i]!);
  const groups = groupArticles(list);
  expect(groups.map((g) => g.meeting?.id ?? null)).toEqual(['m1', 'm2', 'm3', null]);
  expect(groups.map((g) => g.articles.map((a) => a.title))).toEqual([['مقال 1', 'مقال 3'], ['مقال 2', 'مقال 6'], ['مقال 5'], ['مقال 0', 'مقال 4']]);
  expect(groups.flatMap((g) => g.articles)).toHaveLength(7);
  expect(groups[0]!.articles[0]).not.toHaveProperty('meeting');
});
