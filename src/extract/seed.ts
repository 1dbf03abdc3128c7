import { createHash } from 'node:crypto';
import { parse as parseYaml } from 'yaml';
import { checkSourceFields, describeProblem, type FrontMatter, type SourceEntry } from '../schemas/seed-input.ts';
import type { SeedMeta } from './types.ts';

/** Front-matter keys a seed may carry; a leading `---` block without any of them is text, not metadata. */
const KNOWN_KEYS = ['outlet', 'url', 'published', 'language', 'title', 'source'];
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export interface Seed {
  meta: SeedMeta;
  /** The seed text with its front matter (if any) replaced by spaces, so offsets stay those of the file. */
  masked: string;
  /** The seed text as read. */
  text: string;
  /** Problems worth telling the user (bad front matter…), in the order found. */
  warnings: SeedWarning[];
}

/**
 * A problem with a seed's metadata: what it is (the report's warning, word for word), which rule
 * found it, and what part of the seed it is about (the front matter, or one field's line), if any.
 */
export interface SeedWarning {
  reason: string;
  ruleId: 'front-matter-yaml' | 'front-matter-value' | 'sources-conflict';
  span: { start: number; end: number } | null;
}

/** The line of `field` in a front-matter block at `[start, end)` of `text`, else the whole block. */
function fieldSpan(text: string, start: number, end: number, field: string): { start: number; end: number } {
  const block = text.slice(start, end);
  const line = new RegExp(`^${field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ \\t]*:.*$`, 'm').exec(block);
  return line ? { start: start + line.index, end: start + line.index + line[0].length } : { start, end };
}

/** A URL-safe id from a file name: `000_abc.txt` → `000_abc`. */
export function idFromFileName(file: string): string {
  const stem = file.replace(/\.[^.]+$/, '');
  const slug = stem
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'report';
}

/** What happens to a front-matter value that fails its check when sources.yaml does not give the field. */
const FALLBACK: Record<keyof FrontMatter, string> = {
  outlet: 'ignored',
  source: 'ignored',
  url: 'ignored',
  published: 'ignored',
  language: 'read as en',
};

/** The file a sidecar entry comes from, as named in messages. */
const SIDECAR = 'sources.yaml';

/** The outlet a set of fields names (`outlet`, else its synonym `source`). */
const outletOf = (f: SourceEntry) => f.outlet || f.source || undefined;

/**
 * The seed's publication metadata, field by field: its own front matter where it gives a valid
 * value, else its `sources.yaml` entry, else nothing (`language`: `en`). A text that carries its
 * own metadata is the more specific record; the sidecar fills what it leaves out. Where both
 * give a field and differ, a warning says which value is used.
 */
function mergeMetadata(own: SourceEntry, sidecar: SourceEntry): { fields: SourceEntry; warnings: SeedWarning[] } {
  const warnings: SeedWarning[] = [];
  const pairs: [string, string | undefined, string | undefined][] = [
    ['outlet', outletOf(own), outletOf(sidecar)],
    ['url', own.url, sidecar.url],
    ['published', own.published, sidecar.published],
    ['language', own.language, sidecar.language],
  ];
  const fields: SourceEntry = {};
  for (const [field, mine, side] of pairs) {
    const value = mine ?? side;
    if (value !== undefined) (fields as Record<string, string>)[field] = value;
    if (mine !== undefined && side !== undefined && mine !== side)
      warnings.push({ reason: `front matter "${field}" (${mine}) is used; ${SIDECAR} gives ${side}`, ruleId: 'sources-conflict', span: null });
  }
  return { fields, warnings };
}

/**
 * Reads a seed: splits optional YAML front matter (outlet, url, published, language) from the
 * body, and completes it with the seed's `sources.yaml` entry (already checked; see
 * `mergeMetadata` for which wins). Front-matter values are checked (src/schemas/seed-input.ts);
 * a rejected one is dropped with a warning.
 */
export function readSeed(file: string, text: string, sidecar: SourceEntry = {}): Seed {
  const warnings: SeedWarning[] = [];
  const hash = createHash('sha256').update(text).digest('hex');
  const meta: SeedMeta = { id: idFromFileName(file), file, hash, bodyStart: 0, published: null, outlet: null, url: null, language: 'en' };
  let masked = text;
  // A byte-order mark is not text: skip it like whitespace.
  if (text.charCodeAt(0) === 0xfeff) masked = ' ' + text.slice(1);
  let own: SourceEntry = {};
  const m = FRONT_MATTER.exec(masked);
  if (m) {
    let data: unknown;
    try {
      data = parseYaml(m[1]);
    } catch (error) {
      data = undefined;
      warnings.push({ reason: `front matter is not valid YAML (${(error as Error).message.split('\n')[0]}); read as text`, ruleId: 'front-matter-yaml', span: { start: m.index, end: m.index + m[0].trimEnd().length } });
    }
    if (data && typeof data === 'object' && !Array.isArray(data) && KNOWN_KEYS.some((k) => k in data)) {
      const { fields, rejected } = checkSourceFields(data as Record<string, unknown>);
      for (const problem of rejected) {
        const field = String(problem.path[0]) as keyof FrontMatter;
        const side = field === 'outlet' || field === 'source' ? outletOf(sidecar) : sidecar[field];
        warnings.push({
          reason: `front matter ${describeProblem(problem)}; ${side !== undefined ? `${SIDECAR} gives ${side}, which is used` : (FALLBACK[field] ?? 'ignored')}`,
          ruleId: 'front-matter-value',
          span: fieldSpan(text, m.index, m.index + m[0].length, String(problem.path[0])),
        });
      }
      own = fields;
      meta.bodyStart = m[0].length;
      masked = masked.slice(0, m[0].length).replace(/[^\r\n]/g, ' ') + masked.slice(m[0].length);
    }
  }
  const merged = mergeMetadata(own, sidecar);
  warnings.push(...merged.warnings);
  meta.outlet = merged.fields.outlet ?? null;
  meta.url = merged.fields.url ?? null;
  meta.language = merged.fields.language ?? 'en';
  meta.published = merged.fields.published ?? null;
  return { meta, masked, text, warnings };
}
