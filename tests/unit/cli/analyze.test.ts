import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const cli = (...args: string[]) => run(process.execPath, ['bin/isnad.js', ...args], { maxBuffer: 32 * 1024 * 1024 });

describe('isnad analyze --json', () => {
  it('prints one document whose offsets index the text it prints', async () => {
    const { stdout } = await cli('analyze', '--json', 'seeds/004_ba5f0d9db12a2c2f.txt', 'seeds/001_d03d4948d1840004.txt');
    const out = JSON.parse(stdout);
    expect(Object.keys(out).sort()).toEqual(['articles', 'meetings']);
    expect(out.articles).toHaveLength(2);
    const [article] = out.articles;
    expect(Object.keys(article).sort()).toEqual(
      ['agencies', 'agreements', 'claims', 'file', 'isArabicNews', 'meetings', 'mentionedMeetings', 'officials', 'published', 'sameTextAs', 'text', 'title'].sort(),
    );
    expect(article.file).toBe('004_ba5f0d9db12a2c2f.txt');
    expect(article.isArabicNews).toBe(true);
    expect(article.title.startsWith('بوتين')).toBe(true);
    for (const entity of [...article.officials, ...article.agreements]) {
      for (const m of entity.mentions) expect(article.text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('gives each meeting its claim groups: claims of different files that state the same thing, with a verdict', async () => {
    const { stdout } = await cli('analyze', '--json', 'tests/corpus/real/d13_sana_lavrov_shaibani.txt', 'tests/corpus/real/d14_dw_lavrov_shaibani.txt');
    const out = JSON.parse(stdout);
    const [meeting] = out.meetings.filter((m: { mentioned?: boolean }) => !m.mentioned);
    expect(Object.keys(meeting).sort()).toEqual(['articles', 'claimGroups', 'date', 'id', 'independentReports', 'kind', 'participants', 'place', 'timeline'].sort());
    expect(meeting.claimGroups.length).toBeGreaterThanOrEqual(3);
    const files = new Map(out.articles.map((a: { file: string; claims: { text: string }[] }) => [a.file, a.claims]));
    for (const group of meeting.claimGroups) {
      expect(['corroborated', 'also-said-by', 'attributed-differently', 'divergent']).toContain(group.verdict);
      expect(new Set(group.claims.map((c: { article: string }) => c.article)).size).toBeGreaterThanOrEqual(2);
      for (const c of group.claims) expect((files.get(c.article) as unknown[])[c.index]).toBeDefined();
    }
    // Lavrov's hope that the Syrian president attends the summit, in both reports.
    const text = (c: { article: string; index: number }) => (files.get(c.article) as { text: string }[])[c.index]!.text;
    expect(meeting.claimGroups.some((g: { claims: { article: string; index: number }[] }) => g.claims.every((c) => text(c).includes('الشرع')))).toBe(true);
  });

  it('skips a file that is not Arabic news, and fails cleanly on a missing file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'isnad-cli-'));
    const english = join(dir, 'english.txt');
    await writeFile(english, 'Lavrov meets Pompeo\nThe Russian foreign minister met his American counterpart in Sochi.\n');
    const { stdout } = await cli('analyze', '--json', english);
    const [article] = JSON.parse(stdout).articles;
    expect(article.isArabicNews).toBe(false);
    expect(article.officials).toEqual([]);

    await expect(cli('analyze', '--json', join(dir, 'missing.txt'))).rejects.toMatchObject({ code: 1 });
  });

  it('groups the reports of one meeting across files, dated by the folder\'s sources.json', async () => {
    const { stdout } = await cli('analyze', '--json', 'seeds/000_38e987f5c572c68d.txt', 'seeds/001_d03d4948d1840004.txt',
      'seeds/002_8a7ab05ce1722336.txt', 'seeds/003_fe08c59a11eb98b9.txt', 'seeds/004_ba5f0d9db12a2c2f.txt');
    const out = JSON.parse(stdout);
    expect(out.articles.map((a: { published: string }) => a.published)).toEqual(['2019-05-15', '2019-05-15', '2018-08-23', '2016-08-24', '2019-05-15']);
    const shared = out.meetings.filter((m: { articles: string[] }) => m.articles.length > 1);
    expect(shared).toHaveLength(1);
    expect(shared[0].articles).toEqual(['000_38e987f5c572c68d.txt', '001_d03d4948d1840004.txt', '004_ba5f0d9db12a2c2f.txt']);
    expect(shared[0]).toMatchObject({ place: 'Sochi', date: '2019-05-14' });
    for (const article of out.articles)
      for (const id of article.meetings) expect(out.meetings.some((m: { id: string; articles: string[] }) => m.id === id && m.articles.includes(article.file))).toBe(true);
  });

  it('lists meetings only recalled or announced apart, marked mentioned, in no group of reports', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'isnad-cli-'));
    const file = join(dir, 'story.txt');
    await writeFile(
      file,
      'لافروف وجاويش أوغلو يبحثان في أنقرة الأزمة السورية\n' +
        'بحث وزير الخارجية الروسي سيرغي لافروف مع نظيره التركي مولود جاويش أوغلو في أنقرة اليوم الأزمة السورية.\n' +
        'وكان لافروف وجاويش أوغلو قد التقيا في سوتشي.\n' +
        'وقال لافروف إن المحادثات كانت مفيدة وصريحة وتناولت العلاقات الثنائية والتعاون الاقتصادي. '.repeat(6),
    );
    const out = JSON.parse((await cli('analyze', '--json', '--published', '2021-06-28', file)).stdout);
    const [article] = out.articles;
    expect(article.meetings).toHaveLength(1);
    expect(article.mentionedMeetings).toHaveLength(1);
    const recalled = out.meetings.find((m: { id: string }) => m.id === article.mentionedMeetings[0]);
    expect(recalled).toMatchObject({ mentioned: true, place: 'Sochi', articles: ['story.txt'] });
    expect(out.meetings.find((m: { id: string }) => m.id === article.meetings[0]).mentioned).toBeUndefined();
  });

  it('does not take a cookie notice saved above the story for its title', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'isnad-cli-'));
    const file = join(dir, 'story.txt');
    await writeFile(file, 'نستخدم ملفات تعريف الارتباط لتحسين تجربتك\nلافروف يلتقي نظيره التركي في أنقرة\n' + 'وقال وزير الخارجية الروسي سيرغي لافروف إن المحادثات كانت مفيدة. '.repeat(8));
    const [article] = JSON.parse((await cli('analyze', '--json', file)).stdout).articles;
    expect(article.title).toBe('لافروف يلتقي نظيره التركي في أنقرة');
  });

  it('refuses a sources.json that is not what it should be', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'isnad-cli-'));
    await writeFile(join(dir, 'a.txt'), 'عنوان\nنص عربي قصير.\n');
    await writeFile(join(dir, 'sources.json'), JSON.stringify({ files: { 'a.txt': { published: 'yesterday' } } }));
    const failed = await cli('analyze', '--json', join(dir, 'a.txt')).catch((error) => error);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/sources\.json.*published/);
  });

  it('refuses unknown options with a usage message', async () => {
    await expect(cli('analyze', '--frobnicate', 'x.txt')).rejects.toMatchObject({ code: 2 });
  });
});
