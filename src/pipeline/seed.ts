import { createHash } from 'node:crypto';
import { parse as parseYaml } from 'yaml';
import { describeProblem, fieldProblems, frontMatterSchema, type FrontMatter } from '../schemas/seed-input.ts';
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

/** What happens to a front-matter value that fails its check. */
const FALLBACK: Record<keyof FrontMatter, string> = {
  outlet: 'ignored',
  source: 'ignored',
  url: 'ignored',
  published: 'ignored',
  language: 'read as en',
};

/**
 * Checks the front matter with `frontMatterSchema`. Blank values count as absent. A value that
 * fails is left out (so `published` and `url` become null, `language` falls back to `en`) with a
 * warning naming the field and the value; the other fields still apply.
 */
function checkFrontMatter(data: Record<string, unknown>): { fields: FrontMatter; warnings: string[] } {
  const input: Record<string, unknown> = {};
  for (const key of Object.keys(frontMatterSchema.shape)) {
    const v = data[key];
    if (v != null && !(typeof v === 'string' && !v.trim())) input[key] = v;
  }
  const first = frontMatterSchema.safeParse(input);
  if (first.success) return { fields: first.data, warnings: [] };
  const warnings: string[] = [];
  for (const problem of fieldProblems(first.error, input)) {
    const field = String(problem.path[0]) as keyof FrontMatter;
    warnings.push(`front matter ${describeProblem(problem)}; ${FALLBACK[field] ?? 'ignored'}`);
    delete input[field];
  }
  // What is left passed its checks (fields are checked independently).
  return { fields: frontMatterSchema.parse(input), warnings };
}

/**
 * Reads a seed: splits optional YAML front matter (outlet, url, published, language) from the body.
 * Front-matter values are checked (src/schemas/seed-input.ts); a rejected one is dropped with a warning.
 */
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
      const { fields, warnings: problems } = checkFrontMatter(data as Record<string, unknown>);
      warnings.push(...problems);
      meta.outlet = fields.outlet || fields.source || null;
      meta.url = fields.url ?? null;
      meta.language = fields.language ?? 'en';
      meta.published = fields.published ?? null;
      meta.bodyStart = m[0].length;
      masked = masked.slice(0, m[0].length).replace(/[^\r\n]/g, ' ') + masked.slice(m[0].length);
    }
  }
  return { meta, masked, text, warnings };
}
