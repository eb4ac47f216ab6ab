/**
 * A content script wakes the background as soon as it decides to read a page (before it has
 * taken the story out): the answer says so, and the library is untouched.
 */
import 'fake-indexeddb/auto';
import { afterEach, expect, it } from 'vitest';
import { openDatabase, type IsnadDatabase } from '../../../src/background/db.ts';
import { createHandler } from '../../../src/background/handlers.ts';

const EXTENSION = 'isnad-test-id';
let db: IsnadDatabase;

afterEach(async () => {
  await db?.delete();
});

it('answers a content script’s wake-up and stores nothing', async () => {
  db = openDatabase('isnad-wake');
  const handle = createHandler({ db, extensionId: EXTENSION });
  await expect(handle({ type: 'background:wake' }, { id: EXTENSION, url: 'https://news.example/a' })).resolves.toEqual({ awake: true });
  expect(await db.articles.count()).toBe(0);
  await expect(handle({ type: 'background:wake' }, { id: 'someone-else', url: 'https://news.example/a' })).rejects.toThrow(/not sent by this extension/);
});
