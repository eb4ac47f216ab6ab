/**
 * What finding shared text adds to saving an article, with a large library: run with
 * `npx tsx bench/sharedText.bench.ts [articles]` (10,000 by default). Fills a fake-indexeddb
 * database's fingerprints table (the v5 inverted index) with synthetic 600-word stories: a
 * vocabulary of 3,000 words, a third of the stories opening with one of 20 agency formulas
 * (the kind of shared boilerplate that makes texts share some band keys), one in ten a copy of
 * an earlier story cut or padded. Then times `linkSharedText` for new articles (half of them
 * copies of stored ones, half new text), each in its own transaction as a save would run it:
 * fingerprinting, the band look-ups, the comparisons and the writes. Prints medians and the 90th
 * percentile; a script that prints figures, not a timed test: machines differ.
 */
import 'fake-indexeddb/auto';
import { openDatabase } from '../src/background/db.ts';
import { fingerprintAll, linkSharedText } from '../src/background/textLinks.ts';
import { fingerprint } from '../src/nlp/sources/sharedText.ts';

const ARTICLES = Number(process.argv[2] ?? 10_000);
const RUNS = 201;

let seed = 0x5eed;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
const VOCABULARY = Array.from({ length: 3000 }, () => Array.from({ length: 3 + Math.floor(random() * 5) }, () => LETTERS[Math.floor(random() * LETTERS.length)]).join(''));
const words = (n: number) => Array.from({ length: n }, () => VOCABULARY[Math.floor(random() * VOCABULARY.length)]).join(' ');
const FORMULAS = Array.from({ length: 20 }, () => words(40));
function story(): string {
  const opening = random() < 1 / 3 ? `${FORMULAS[Math.floor(random() * FORMULAS.length)]}\n` : '';
  return opening + Array.from({ length: 6 }, () => words(100)).join('\n');
}
function variant(text: string): string {
  const paragraphs = text.split('\n');
  return random() < 0.5 ? paragraphs.slice(0, -1).join('\n') : [words(25), ...paragraphs, words(20)].join('\n');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)]!;

const texts: string[] = [];
for (let i = 0; i < ARTICLES; i++) texts.push(i > 0 && random() < 0.1 ? variant(texts[Math.floor(random() * i)]!) : story());

const db = openDatabase(`isnad-bench-shared-${Date.now()}`);
await db.open();
let started = performance.now();
const rows = fingerprintAll(texts.map((text, i) => ({ articleId: i + 1, text })));
await db.fingerprints.bulkPut(rows);
const linked = rows.filter((r) => r.sameText.length > 0).length;
console.log(`${ARTICLES} stored articles fingerprinted and linked in ${((performance.now() - started) / 1000).toFixed(1)} s; ${linked} share their text with another`);

const fingerprintMs: number[] = [];
const linkMs: number[] = [];
let found = 0;
for (let r = 0; r < RUNS; r++) {
  const text = r % 2 === 0 ? variant(texts[Math.floor(random() * texts.length)]!) : story();
  started = performance.now();
  fingerprint(text);
  fingerprintMs.push(performance.now() - started);
  const id = ARTICLES + 1 + r;
  started = performance.now();
  const ids = await db.transaction('rw', db.fingerprints, () => linkSharedText(db, id, text));
  linkMs.push(performance.now() - started);
  if (ids.length > 0) found++;
}
console.log(`fingerprint of a 600-word story: median ${median(fingerprintMs).toFixed(2)} ms, p90 ${p90(fingerprintMs).toFixed(2)} ms`);
console.log(`linkSharedText per saved article (fingerprint, band look-ups, comparisons, writes, own transaction): median ${median(linkMs).toFixed(2)} ms, p90 ${p90(linkMs).toFixed(2)} ms`);
console.log(`${found} of ${RUNS} new articles linked (${Math.ceil(RUNS / 2)} were copies)`);
await db.delete();
