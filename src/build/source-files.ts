import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The source files (`.ts`, `.json`, `.yaml`) under `dir`, sorted: what a cache key over code
 * reads (the report cache, the event cache, the data exports' parts), so that changed code never
 * meets output made by the old one.
 */
export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...sourceFiles(p));
    else if (/\.(ts|json|ya?ml)$/.test(e.name)) out.push(p);
  }
  return out.sort();
}
