/**
 * «وأضاف مخاطبا الرئيس الإيراني: "…"»: the one addressed after «مخاطبا» is not the one speaking. From the thirty-fourth
 * held-out set (jn: Abdul-Mahdi in Tehran), after its first score; sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { said } from './helpers.ts';

describe('«مخاطبا X» after a verb of speech', () => {
  it('X is addressed; the one already speaking goes on', () => {
    const text = 'التقى الرئيس الروسي فلاديمير بوتين نظيره الأمريكي دونالد ترامب في هلسنكي. وقال ترامب إن اللقاء جيد. وأضاف مخاطبا الرئيس الروسي: "نحن مستعدون للحوار".';
    expect(said(text).map(([speaker]) => speaker)).toEqual(['donald-trump', 'donald-trump']);
  });
});
