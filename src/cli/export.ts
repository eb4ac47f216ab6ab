/**
 * `isnad export` and `isnad import`: Isnad JSON (or Isnad's W3C Web Annotation export) in;
 * Isnad JSON, CSV or W3C out. Bad input is refused with the validator's messages and exit code 1.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { parseIsnadDocument, type IsnadDocument, type ParseResult } from '../export/document.ts';
import { toCsv } from '../export/csv.ts';
import { mergeDocuments, emptyDocument } from '../export/merge.ts';
import { select, type Selection } from '../export/select.ts';
import { fromWebAnnotation, looksLikeWebAnnotation, toWebAnnotation } from '../export/webAnnotation.ts';

const EXPORT_USAGE = 'usage: isnad export --format json|csv|w3c [--meeting ID | --article URL] IN.json [-o OUT]';
const IMPORT_USAGE = 'usage: isnad import IN.json|IN.jsonld... [--into LIBRARY.json] [-o OUT.json]';
/** A library file larger than this is not read: it would not fit in memory as a string anyway. */
const MAX_JSON_BYTES = 256 * 1024 * 1024;

export async function runExport(args: string[]): Promise<number> {
  let format: string | null = null;
  let out: string | null = null;
  let selection: Selection = { kind: 'all' };
  const inputs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = () => args[++i] ?? '';
    if (arg === '--format' || arg === '-f') format = value();
    else if (arg === '-o' || arg === '--output') out = value();
    else if (arg === '--meeting') selection = { kind: 'meeting', id: value() };
    else if (arg === '--article') selection = { kind: 'article', url: value() };
    else if (arg.startsWith('-')) return usage(EXPORT_USAGE, `unknown option '${arg}'`);
    else inputs.push(arg);
  }
  if (format !== 'json' && format !== 'csv' && format !== 'w3c') return usage(EXPORT_USAGE, `--format must be json, csv or w3c${format ? `, not '${format}'` : ''}`);
  if (inputs.length !== 1) return usage(EXPORT_USAGE, 'export reads one file');
  if (out === '') return usage(EXPORT_USAGE, '-o needs a file name');

  const loaded = await loadDocument(inputs[0]!);
  if (!loaded.ok) return refuse(inputs[0]!, loaded.errors);
  const selected = select(loaded.doc, selection);
  if (!selected.ok) return refuse(inputs[0]!, [selected.error]);
  const text =
    format === 'csv' ? toCsv(selected.doc) : JSON.stringify(format === 'w3c' ? toWebAnnotation(selected.doc) : selected.doc, null, 2) + '\n';
  await writeOutput(out, text);
  return 0;
}

export async function runImport(args: string[]): Promise<number> {
  let out: string | null = null;
  let into: string | null = null;
  const inputs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '-o' || arg === '--output') out = args[++i] ?? '';
    else if (arg === '--into') into = args[++i] ?? '';
    else if (arg.startsWith('-')) return usage(IMPORT_USAGE, `unknown option '${arg}'`);
    else inputs.push(arg);
  }
  if (inputs.length === 0) return usage(IMPORT_USAGE, 'import needs a file');
  if (out === '' || into === '') return usage(IMPORT_USAGE, '-o and --into need a file name');

  const docs: IsnadDocument[] = [];
  for (const input of inputs) {
    const loaded = await loadDocument(input);
    if (!loaded.ok) return refuse(input, loaded.errors);
    docs.push(loaded.doc);
  }
  // One file alone is only validated and normalised; several, or a library to add to, are merged.
  let result: IsnadDocument;
  if (docs.length === 1 && into === null) result = docs[0]!;
  else {
    let library = emptyDocument();
    if (into !== null) {
      const loaded = await loadDocument(into);
      if (!loaded.ok) return refuse(into, loaded.errors);
      library = loaded.doc;
    }
    for (const [i, doc] of docs.entries()) {
      const merged = mergeDocuments(library, doc);
      if (!merged.ok) return refuse(inputs[i]!, merged.errors);
      library = merged.doc;
      const c = merged.counts;
      process.stderr.write(`isnad: ${inputs[i]}: ${c.added} added, ${c.updated} updated, ${c.unchanged} unchanged${c.skipped ? `, ${c.skipped} older than the stored copy, skipped` : ''}\n`);
    }
    result = { ...library, exportedAt: new Date().toISOString() };
  }
  await writeOutput(out, JSON.stringify(result, null, 2) + '\n');
  return 0;
}

/** Reads Isnad JSON or Isnad's Web Annotation export, validated and migrated. */
export async function loadDocument(path: string): Promise<ParseResult> {
  let json: unknown;
  try {
    const info = await stat(path);
    if (info.size > MAX_JSON_BYTES) return { ok: false, errors: [`larger than ${MAX_JSON_BYTES / 1024 / 1024} MB`] };
    json = JSON.parse((await readFile(path, 'utf8')).replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, errors: [(error as Error).message] };
  }
  return looksLikeWebAnnotation(json) ? fromWebAnnotation(json) : parseIsnadDocument(json);
}

/** Writes to a file, or to standard output when none is named. */
export async function writeOutput(out: string | null, text: string): Promise<void> {
  if (out === null || out === '-') process.stdout.write(text);
  else await writeFile(out, text, 'utf8');
}

function refuse(path: string, errors: string[]): number {
  process.stderr.write(`isnad: ${path}: not a valid Isnad file\n${errors.map((e) => `  ${e}\n`).join('')}`);
  return 1;
}

function usage(text: string, message: string): number {
  process.stderr.write(`isnad: ${message}\n${text}\n`);
  return 2;
}
