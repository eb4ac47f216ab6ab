/** Sends a message to the background and types its answer (content script and popup). */
import browser from 'webextension-polyfill';
import type { Message, MessageType, Responses } from './messages.ts';

export function request<T extends MessageType>(message: Extract<Message, { type: T }>): Promise<Responses[T]> {
  return browser.runtime.sendMessage(message) as Promise<Responses[T]>;
}
