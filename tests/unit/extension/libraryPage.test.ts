/**
 * The popup's library is read a page at a time (`library:page`): most recently read first,
 * each page starting where the last one ended, and every article once across the pages, even
 * when many were saved in the same millisecond or the library changes between two pages.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type IsnadDatabase } from '../../../src/background/db.ts';
import { createHandler } from '../../../src/background/handlers.ts';
import type { LibraryCursor, LibraryGroupView, LibraryPageView } from '../../../src/messages.ts';
import { article, elsewhere, laterMeeting, muscatA, muscatB, muscatC } from './crossSourceFixtures.ts';

const EXTENSION = 'isnad-test-id';
const fromUs = { id: EXTENSION, url: `chrome-extension://${EXTENSION}/src/popup/popup.html` };
let db: IsnadDatabase;
let counter = 0;

/** A handler whose clock the test sets (several saves may share one millisecond). */
function setup() {
  db = openDatabase(`isnad-page-${++counter}`);
  const clock = { now: 1000 };
  const handle = createHandler({ db, extensionId: EXTENSION, now: () => clock.now });
  const page = (after: LibraryCursor | null, limit: number) => handle({ type: 'library:page', after, limit }, fromUs) as Promise<LibraryPageView>;
  return { handle, clock, page };
}

afterEach(async () => {
  await db?.delete();
});

const plain = (n: number) => article(`outlet-${n % 7}.example`, `/news/${n}`, '2024-05-01T10:00:00Z', `المصدر ${n % 7}`, { officials: [], agreements: [], claims: [], meetings: [] }, `مقال ${n}`);

/** Every page from the first, with the urls of each. */
async function allPages(page: ReturnType<typeof setup>['page'], limit: number): Promise<string[][]> {
  const pages: string[][] = [];
  let after: LibraryCursor | null = null;
  do {
    const view: LibraryPageView = await page(after, limit);
    pages.push(view.articles.map((a) => a.url));
    after = view.next;
    expect(pages.length).toBeLessThan(1000);
  } while (after);
  return pages;
}

describe('the library, page by page', () => {
  it('gives the most recently read first, a page at a time, with the total and where the next page starts', async () => {
    const { handle, clock, page } = setup();
    for (let n = 0; n < 25; n++) {
      clock.now = 1000 + n * 10;
      await handle({ type: 'article:save', article: plain(n) }, fromUs);
    }
    const first = await page(null, 10);
    expect(first.total).toBe(25);
    expect(first.articles.map((a) => a.title)).toEqual(Array.from({ length: 10 }, (_, i) => `مقال ${24 - i}`));
    expect(first.next).toEqual({ savedAt: 1000 + 15 * 10, id: expect.any(Number) });
    const second = await page(first.next, 10);
    expect(second.articles.map((a) => a.title)).toEqual(Array.from({ length: 10 }, (_, i) => `مقال ${14 - i}`));
    const third = await page(second.next, 10);
    expect(third.articles.map((a) => a.title)).toEqual(Array.from({ length: 5 }, (_, i) => `مقال ${4 - i}`));
    expect(third.next).toBeNull();
    expect(first.articles[0]).toMatchObject({ source: 'المصدر 3', published: '2024-05-01T10:00:00Z', officials: 0, agreements: 0, meeting: null });
  });

  it('loses and repeats nothing across pages, whatever the page size, with many saves in one millisecond', async () => {
    const { handle, clock, page } = setup();
    // 40 articles in 8 bursts of 5 saved at the same instant.
    for (let n = 0; n < 40; n++) {
      clock.now = 5000 + Math.floor(n / 5);
      await handle({ type: 'article:save', article: plain(n) }, fromUs);
    }
    const expected = (await allPages(page, 200)).flat();
    expect(expected).toHaveLength(40);
    expect(new Set(expected).size).toBe(40);
    for (const limit of [1, 2, 3, 4, 5, 6, 7, 13, 39, 40, 41]) {
      const pages = await allPages(page, limit);
      expect(pages.flat(), `pages of ${limit}`).toEqual(expected);
      expect(pages.slice(0, -1).every((p) => p.length === limit)).toBe(true);
    }
  });

  it('an article saved or revisited between two pages goes to the top and does not shift or repeat the rest', async () => {
    const { handle, clock, page } = setup();
    for (let n = 0; n < 12; n++) {
      clock.now = 1000 + n;
      await handle({ type: 'article:save', article: plain(n) }, fromUs);
    }
    const first = await page(null, 5);
    clock.now = 9000;
    await handle({ type: 'article:save', article: plain(100) }, fromUs);
    clock.now = 9001;
    await handle({ type: 'article:save', article: { ...plain(9), title: 'مقال 9 من جديد' } }, fromUs);
    const rest = (await allPages(async (_after, limit) => page(_after ?? first.next, limit), 5)).flat();
    const seen = [...first.articles.map((a) => a.url), ...rest];
    expect(new Set(seen).size).toBe(seen.length);
    expect(rest).toEqual(Array.from({ length: 7 }, (_, i) => plain(6 - i).url));
    const reopened = await page(null, 3);
    expect(reopened.articles.map((a) => a.title)).toEqual(['مقال 9 من جديد', 'مقال 100', 'مقال 11']);
    expect(reopened.total).toBe(13);
  });

  it('lists each article under the meeting most sources report, as the grouped library does', async () => {
    const { handle, clock, page } = setup();
    for (const [i, a] of [muscatA, laterMeeting, muscatB, elsewhere, muscatC].entries()) {
      clock.now = 1000 + i * 1000;
      await handle({ type: 'article:save', article: a }, fromUs);
    }
    const grouped = (await handle({ type: 'library:byMeeting' }, fromUs)) as LibraryGroupView[];
    const expected = new Map(grouped.flatMap((g) => g.articles.map((a) => [a.url, g.meeting] as const)));
    const pages = [await page(null, 2)];
    while (pages[pages.length - 1]!.next) pages.push(await page(pages[pages.length - 1]!.next, 2));
    const listed = pages.flatMap((p) => p.articles);
    expect(listed.map((a) => a.url)).toEqual([muscatC, elsewhere, muscatB, laterMeeting, muscatA].map((a) => a.url));
    for (const a of listed) expect(a.meeting, a.url).toEqual(expected.get(a.url));
    expect(listed.find((a) => a.url === muscatA.url)!.meeting).toMatchObject({ place: 'مسقط', date: '2024-03-10' });
  });

  it('an empty library is one empty page', async () => {
    const { page } = setup();
    await expect(page(null, 60)).resolves.toEqual({ articles: [], next: null, total: 0 });
  });

  it('refuses a page size of 0 or over 200, and a content script', async () => {
    const { handle } = setup();
    await expect(handle({ type: 'library:page', after: null, limit: 0 }, fromUs)).rejects.toThrow();
    await expect(handle({ type: 'library:page', after: null, limit: 201 }, fromUs)).rejects.toThrow();
    await expect(handle({ type: 'library:page', after: { savedAt: 'x', id: 1 }, limit: 10 }, fromUs)).rejects.toThrow();
    await expect(handle({ type: 'library:page', after: null, limit: 10 }, { id: EXTENSION, url: 'https://news.example/a' })).rejects.toThrow(/own pages/);
  });
});
