/**
 * Benchmark of the whole pipeline (`analyze`), run with `npx tsx bench/pipeline.bench.ts`.
 * Prints the median time per seed article and per 100 KB of text, after warm-up.
 * A script that prints figures, not a timed test: machines differ.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/nlp/analyze.ts';

const SEEDS = 'seeds';
const WARMUP = 20;
const RUNS = 101;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(text: string, runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    analyze(text, { published: '2019-05-15' });
    samples.push(performance.now() - started);
  }
  return median(samples);
}

const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
const texts = files.map((f) => readFileSync(join(SEEDS, f), 'utf8'));

const coldStart = performance.now();
analyze(texts[0] ?? '', {});
const cold = performance.now() - coldStart;

for (const text of texts) time(text, WARMUP);

console.log(`first call (compiles the knowledge): ${cold.toFixed(1)} ms`);
const perArticle: number[] = [];
for (const [i, file] of files.entries()) {
  const text = texts[i]!;
  const ms = time(text, RUNS);
  perArticle.push(ms);
  console.log(`${file.padEnd(28)} ${(text.length / 1024).toFixed(1).padStart(5)} K chars  median ${ms.toFixed(3)} ms`);
}
console.log(`median per seed article: ${median(perArticle).toFixed(3)} ms`);

// 100 KB of text: the seeds one after another until the UTF-8 size reaches 100 KB.
let big = '';
while (Buffer.byteLength(big, 'utf8') < 100 * 1024) big += texts.join('\n\n') + '\n\n';
while (Buffer.byteLength(big, 'utf8') > 100 * 1024) big = big.slice(0, -1);
time(big, 5);
console.log(`median per 100 KB of text: ${time(big, 21).toFixed(3)} ms`);
