/**
 * What the pipeline gives must be storable as it is: the background and the export validate every article
 * (src/messages.ts, src/export/document.ts), and an article that fails loses its annotations. Two shapes real
 * reports made that failed: an agreement listed twice under one id (two stages linking words to one entry), and
 * a meeting id longer than LIMITS.name (a summit of many leaders, every id in the meeting's id).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/nlp/analyze.ts';
import { articleMeetingId } from '../../../src/nlp/statements/meetings.ts';
import { groupId } from '../../../src/nlp/sources/group.ts';
import { MAX_PARTICIPANTS_CHARS, participantsKey } from '../../../src/nlp/text/participantsKey.ts';
import { LIMITS } from '../../../src/messages.ts';

const gold = JSON.parse(readFileSync('tests/corpus/real/gold.json', 'utf8')) as { articles: Record<string, { published?: string }> };

describe('one entry per agreement id', () => {
  // Reports of the real corpus in which two stages linked words to one listed or unlisted entry.
  const reports = ['bo01_alanba_erdogan_kuwait.txt', 'c01_spa_saudi_iran_beijing.txt', 'ca04_ina_abdulmahdi_beijing.txt', 'gz02_alhurra_pompeo_why_not_sign.txt', 'ol05_elfagr_shamkhani_araji_security_agreement.txt'];
  for (const file of reports) {
    it(`${file}: each agreement once, with every mention`, () => {
      const text = readFileSync(`tests/corpus/real/${file}`, 'utf8');
      const { agreements } = analyze(text, { published: gold.articles[file]?.published });
      const ids = agreements.map((a) => a.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const a of agreements) expect(a.mentions.map((m) => m.start)).toEqual([...a.mentions.map((m) => m.start)].sort((x, y) => x - y));
    });
  }
});

describe('meeting ids of many participants', () => {
  const many = Array.from({ length: 30 }, (_, n) => `head-of-delegation-number-${n}-of-the-summit`);

  it('keeps a short list as it is, joined by «+»', () => {
    expect(participantsKey(['vladimir-putin', 'donald-trump'])).toBe('vladimir-putin+donald-trump');
    expect(participantsKey([])).toBe('');
  });

  it('shortens a long list with a hash of the whole: bounded, the same on every run, another for another table', () => {
    const key = participantsKey(many);
    expect(key.length).toBeLessThanOrEqual(MAX_PARTICIPANTS_CHARS);
    expect(key.startsWith(`${many[0]}+`)).toBe(true);
    expect(participantsKey([...many])).toBe(key);
    expect(participantsKey(many.slice(0, 29))).not.toBe(key);
  });

  it('an article meeting’s and a group’s id stay within what messages accept', () => {
    expect(articleMeetingId('summit', '2025-05-13', 'Riyadh', many).length).toBeLessThanOrEqual(LIMITS.name);
    expect(groupId('summit', '2025-05-13', 'Riyadh', many).length).toBeLessThanOrEqual(LIMITS.name);
  });
});
