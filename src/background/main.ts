/**
 * The background (a service worker in Chromium, an event page in Firefox): owns the database
 * and answers messages. No state lives in globals beyond the database handle, because the
 * worker is stopped when idle and started again by the next message.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { openDatabase } from './db.ts';
import { createHandler } from './handlers.ts';

const handle = createHandler({ db: openDatabase(), extensionId: browser.runtime.id });

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  handle(message, sender).catch((error: unknown) => {
    // The sender sees the rejection; the log keeps a trace for whoever debugs the extension.
    console.warn(error instanceof Error ? error.message : error);
    throw error;
  }),
);
