/**
 * The background (a service worker in Chromium, an event page in Firefox): owns the database
 * and answers messages. No state lives in globals beyond the database handle and exports being
 * built, because the worker is stopped when idle and started again by the next message.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import compiledKnowledge from 'virtual:isnad/compiled-knowledge';
import { provideDefaultKnowledge } from '../nlp/knowledge/defaultKnowledge.ts';
import { loadKnowledge } from '../nlp/knowledge/serialized.ts';
import { openDatabase } from './db.ts';
import { createHandler } from './handlers.ts';

const handle = createHandler({
  db: openDatabase(),
  extensionId: browser.runtime.id,
  // chrome-extension://<id> in Chromium, moz-extension://<uuid> in Firefox.
  extensionOrigin: browser.runtime.getURL('/'),
  // A page's article that could not be stored: a red "!" on the toolbar button says so, its tooltip says why.
  onBackgroundError: (message) => {
    console.warn(message);
    void browser.action.setBadgeBackgroundColor({ color: '#b3261e' });
    void browser.action.setBadgeText({ text: '!' });
    void browser.action.setTitle({ title: message });
  },
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  handle(message, sender).catch((error: unknown) => {
    // The sender sees the rejection; the log keeps a trace for whoever debugs the extension.
    console.warn(error instanceof Error ? error.message : error);
    throw error;
  }),
);

// The worker is usually started by a page's first message, which wants an analysis: the
// knowledge was compiled at build time, and loading it takes a few milliseconds where
// compiling it took over a hundred, so it is loaded now, before the first message is read.
provideDefaultKnowledge(loadKnowledge(compiledKnowledge));
