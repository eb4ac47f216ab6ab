/**
 * Messages from the content script to the background, through the browser's own promise-based
 * runtime.sendMessage (`browser` in Firefox, `chrome` in Chromium): no polyfill to load on the
 * way to the first highlight. The popup and options pages keep using src/request.ts.
 */
import type { Message, MessageType, Responses } from '../messages.ts';

interface RuntimeApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

function runtimeApi(): RuntimeApi {
  const scope = globalThis as { browser?: RuntimeApi; chrome?: RuntimeApi };
  const api = scope.browser?.runtime?.sendMessage ? scope.browser : scope.chrome;
  if (!api?.runtime?.sendMessage) throw new Error('no extension runtime');
  return api;
}

export async function send<T extends MessageType>(message: Extract<Message, { type: T }>): Promise<Responses[T]> {
  return (await runtimeApi().runtime.sendMessage(message)) as Responses[T];
}

/** Starts the background (a sleeping worker, its knowledge) while the page is read: no answer awaited, no error shown. */
export function wakeBackground(): void {
  try {
    send({ type: 'background:wake' }).catch(() => {});
  } catch {
    // No runtime (the extension was reloaded under the page): the read that follows says so.
  }
}
