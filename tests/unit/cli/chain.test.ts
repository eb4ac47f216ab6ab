/**
 * The chain in the CLI: credits and shared text per file, independent reports and the timeline per
 * meeting; the shared-text batch scored against its gold (precision and recall printed).
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { evaluateSharedText, formatSharedTextEval } from '../../../src/eval/sharedText.ts';

const run = promisify(execFile);
const cli = (...args: string[]) => run(process.execPath, ['bin/isnad.js', ...args], { maxBuffer: 32 * 1024 * 1024 });
const SOCHI = ['seeds/000_38e987f5c572c68d.txt', 'seeds/001_d03d4948d1840004.txt', 'seeds/004_ba5f0d9db12a2c2f.txt'];

describe('isnad analyze --json: the chain', () => {
  it('the three Sochi reports are independent: no shared text, independentReports 3, a timeline of the three', async () => {
    const out = JSON.parse((await cli('analyze', '--json', ...SOCHI)).stdout);
    for (const a of out.articles) {
      expect(a.sameTextAs).toEqual([]);
      expect(Array.isArray(a.agencies)).toBe(true);
    }
    const sochi = out.meetings.find((m: { place: string | null; articles: string[] }) => m.place === 'Sochi' && m.articles.length === 3);
    expect(sochi.independentReports).toBe(3);
    expect(sochi.timeline.map((e: { article: string }) => e.article).sort()).toEqual(SOCHI.map((f) => f.slice(6)).sort());
    for (const e of sochi.timeline) expect(Object.keys(e).sort()).toEqual(['article', 'changed', 'dropped', 'firstClaims', 'published']);
    for (const e of sochi.timeline) expect(e.dropped).toEqual([]);
  });

  it('gives agencies and sameTextAs per file, and counts one copy once in a meeting', async () => {
    const dir = 'tests/corpus/shared/';
    const files = ['a1_spa_riyadh.txt', 'a2_okaz_riyadh.txt', 'a3_sabq_riyadh_cut.txt', 'a4_petra_riyadh_own.txt'];
    const out = JSON.parse((await cli('analyze', '--json', ...files.map((f) => dir + f))).stdout);
    const byFile = new Map(out.articles.map((a: { file: string }) => [a.file, a]));
    expect((byFile.get('a1_spa_riyadh.txt') as { sameTextAs: string[] }).sameTextAs.sort()).toEqual(['a2_okaz_riyadh.txt', 'a3_sabq_riyadh_cut.txt']);
    expect((byFile.get('a4_petra_riyadh_own.txt') as { sameTextAs: string[] }).sameTextAs).toEqual([]);
    expect((byFile.get('a1_spa_riyadh.txt') as { agencies: string[] }).agencies).toEqual(['spa']);
    expect((byFile.get('a4_petra_riyadh_own.txt') as { agencies: string[] }).agencies).toEqual(['petra']);
    const riyadh = out.meetings.find((m: { articles: string[] }) => m.articles.length === 4);
    expect(riyadh.independentReports).toBe(2);
    // The agency's report and the others of that day come before the copy published the next day.
    expect(riyadh.timeline.at(-1).article).toBe('a2_okaz_riyadh.txt');
    expect(riyadh.timeline.at(-1).firstClaims).toEqual([]);
  });
});

describe('the shared-text batch (tests/corpus/shared)', () => {
  it('finds the shared pairs with precision and recall 1.0, and each file’s credits', async () => {
    const result = await evaluateSharedText(resolve('tests/corpus/shared'));
    const report = formatSharedTextEval(result).join('\n');
    console.log(report);
    expect(result.files).toBeGreaterThanOrEqual(12);
    expect(result.goldPairs).toBeGreaterThanOrEqual(3);
    expect(result.precision, report).toBe(1);
    expect(result.recall, report).toBe(1);
    expect(result.agenciesRight, report).toBe(result.agenciesScored);
  });
});
