/**
 * The form in which an article's address is stored, compared and looked up: parsed, without its
 * fragment (#section, or a #:~:text= link back into it). Anything unparsable is kept as given.
 * One module, shared by the content script, the background and the export code, so that they agree.
 */
export function articleKey(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return url;
  }
}
