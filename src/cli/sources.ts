/**
 * `sources.json` beside saved articles: where each file was published. A `.txt` article has
 * no address, outlet or date of its own; without them the CLI could not group the reports of
 * one meeting by date, nor count sources, as the extension does from a page's metadata.
 *
 * { "files": { "name.txt": { "url": "https://…", "title": "…", "published": "2019-05-15", "source": { "host": "…", "name": "…" } } } }
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import * as v from 'valibot';

const FileSourceSchema = v.strictObject({
  url: v.optional(v.pipe(v.string(), v.url(), v.regex(/^https?:/i, 'an http(s) address'))),
  title: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(500))),
  published: v.optional(v.pipe(v.string(), v.isoDate())),
  source: v.optional(v.strictObject({ host: v.pipe(v.string(), v.maxLength(253)), name: v.pipe(v.string(), v.maxLength(200)) })),
});

const SourcesSchema = v.object({
  about: v.optional(v.string()),
  files: v.record(v.pipe(v.string(), v.maxLength(255)), FileSourceSchema),
});

export type FileSource = v.InferOutput<typeof FileSourceSchema>;

export const SOURCES_FILE = 'sources.json';

const cache = new Map<string, Promise<ReadonlyMap<string, FileSource>>>();

/** What the folder's sources.json says of this file; nothing when there is no such file. */
export async function sourceOf(path: string): Promise<FileSource> {
  const dir = dirname(path);
  let sources = cache.get(dir);
  if (!sources) {
    sources = readSources(join(dir, SOURCES_FILE));
    cache.set(dir, sources);
  }
  return (await sources).get(basename(path)) ?? {};
}

async function readSources(path: string): Promise<ReadonlyMap<string, FileSource>> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    return new Map();
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new Error(`${path}: not JSON (${(error as Error).message})`);
  }
  const parsed = v.safeParse(SourcesSchema, json);
  if (!parsed.success) {
    const issues = parsed.issues.map((i) => `${v.getDotPath(i) ?? '(top)'}: ${i.message}`).join('; ');
    throw new Error(`${path}: ${issues}`);
  }
  return new Map(Object.entries(parsed.output.files));
}
