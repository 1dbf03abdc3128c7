import { createHash } from 'node:crypto';
import { parse as parseYaml } from 'yaml';
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
  /** Problems worth telling the user (bad front matter…). */
  warnings: string[];
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

function isoDate(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.valueOf())) return value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** Reads a seed: splits optional YAML front matter (outlet, url, published, language) from the body. */
export function readSeed(file: string, text: string): Seed {
  const warnings: string[] = [];
  const hash = createHash('sha256').update(text).digest('hex');
  const meta: SeedMeta = { id: idFromFileName(file), file, hash, bodyStart: 0, published: null, outlet: null, url: null, language: 'en' };
  let masked = text;
  // A byte-order mark is not text: skip it like whitespace.
  if (text.charCodeAt(0) === 0xfeff) masked = ' ' + text.slice(1);
  const m = FRONT_MATTER.exec(masked);
  if (m) {
    let data: unknown;
    try {
      data = parseYaml(m[1]);
    } catch (error) {
      data = undefined;
      warnings.push(`front matter is not valid YAML (${(error as Error).message.split('\n')[0]}); read as text`);
    }
    if (data && typeof data === 'object' && !Array.isArray(data) && KNOWN_KEYS.some((k) => k in data)) {
      const d = data as Record<string, unknown>;
      meta.outlet = str(d.outlet) ?? str(d.source);
      meta.url = str(d.url);
      meta.language = str(d.language) ?? 'en';
      meta.published = isoDate(d.published);
      if (d.published != null && !meta.published) warnings.push(`front matter "published" is not a date (YYYY-MM-DD): ${JSON.stringify(d.published)}`);
      meta.bodyStart = m[0].length;
      masked = masked.slice(0, m[0].length).replace(/[^\r\n]/g, ' ') + masked.slice(m[0].length);
    }
  }
  return { meta, masked, text, warnings };
}
