/**
 * Benchmark of the whole pipeline (`analyze`), run with `npx tsx bench/pipeline.bench.ts`.
 * Prints the median time per seed article and per 100 KB of text, after warm-up, and the cold
 * start: in fresh processes, loading the knowledge compiled at build time (as the background
 * does) and the first analysis, beside compiling the knowledge files there instead.
 * A script that prints figures, not a timed test: machines differ.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/nlp/analyze.ts';
import { defaultKnowledge, provideDefaultKnowledge } from '../src/nlp/knowledge/defaultKnowledge.ts';
import { prebuiltKnowledge } from '../src/nlp/knowledge/prebuilt.ts';
import { loadKnowledge, type SerializedKnowledge } from '../src/nlp/knowledge/serialized.ts';

const SEEDS = 'seeds';
const WARMUP = 20;
const RUNS = 101;
const COLD_RUNS = 7;
const COLD_CHILD = '--cold-start-child';

/**
 * One cold start, in a process of its own (modules evaluated, nothing run yet): the knowledge
 * loaded from the build's JSON (`compiled`) or compiled from the files (`source`), then the
 * first analysis of a seed. Prints {"knowledge": ms, "first": ms}.
 */
function coldStartChild(mode: string, artefact: string, text: string): void {
  let started = performance.now();
  if (mode === 'compiled') provideDefaultKnowledge(loadKnowledge(JSON.parse(artefact) as SerializedKnowledge));
  else defaultKnowledge();
  const knowledge = performance.now() - started;
  started = performance.now();
  analyze(text, { published: '2019-05-15' });
  const first = performance.now() - started;
  console.log(JSON.stringify({ knowledge, first }));
}

if (process.argv[2] === COLD_CHILD) {
  const [mode, artefactFile, textFile] = process.argv.slice(3) as [string, string, string];
  // Read before the clock starts: the background gets the JSON text with its own code.
  coldStartChild(mode, readFileSync(artefactFile, 'utf8'), readFileSync(textFile, 'utf8'));
  process.exit(0);
}

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

// Cold start, each way in turn, in fresh processes.
const dir = mkdtempSync(join(tmpdir(), 'isnad-bench-'));
const artefact = join(dir, 'knowledge.json');
writeFileSync(artefact, JSON.stringify(prebuiltKnowledge()));
const seedFile = join(SEEDS, files[0]!);
const coldStarts: Record<string, { knowledge: number[]; first: number[] }> = { compiled: { knowledge: [], first: [] }, source: { knowledge: [], first: [] } };
for (let run = 0; run < COLD_RUNS; run++) {
  for (const mode of ['compiled', 'source'] as const) {
    const script = fileURLToPath(import.meta.url);
    const out = execFileSync(process.execPath, ['--import', 'tsx', script, COLD_CHILD, mode, artefact, seedFile], { encoding: 'utf8' });
    const { knowledge, first } = JSON.parse(out.trim().split('\n').at(-1)!) as { knowledge: number; first: number };
    coldStarts[mode]!.knowledge.push(knowledge);
    coldStarts[mode]!.first.push(first);
  }
}
rmSync(dir, { recursive: true });
for (const [mode, label] of [['compiled', 'knowledge compiled at build time, loaded'], ['source', 'knowledge files compiled at start']] as const) {
  const { knowledge, first } = coldStarts[mode]!;
  const total = knowledge.map((k, i) => k + first[i]!);
  console.log(
    `cold start, ${label}: knowledge ${median(knowledge).toFixed(1)} ms + first analysis ${median(first).toFixed(1)} ms = ${median(total).toFixed(1)} ms (median of ${COLD_RUNS} fresh processes)`,
  );
}
