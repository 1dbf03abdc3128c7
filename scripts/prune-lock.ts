// Drops from package-lock.json the optional dependencies the lock has no entry for.
//
// Why: the registry this project installs from serves only some platforms' builds of native
// packages (Astro's compiler bindings, Pagefind's binaries). `npm install` then writes a lock
// that names those optional packages without entries, and `npm ci` refuses it as out of sync.
// Run after changing dependencies: `npm install && node scripts/prune-lock.ts`.
import { readFileSync, writeFileSync } from 'node:fs';

type Entry = { optionalDependencies?: Record<string, string> };
const path = 'package-lock.json';
const lock = JSON.parse(readFileSync(path, 'utf8')) as { packages: Record<string, Entry> };
const present = new Set(Object.keys(lock.packages));

/** Whether Node's resolution from the package at `from` finds `dep` in the lock. */
function resolves(from: string, dep: string): boolean {
  const parts = from ? from.split('/node_modules/') : [];
  for (let i = parts.length; i >= 0; i--) {
    const base = parts.slice(0, i).join('/node_modules/');
    if (present.has(`${base ? `${base}/` : ''}node_modules/${dep}`)) return true;
  }
  return false;
}

const dropped: string[] = [];
for (const [from, entry] of Object.entries(lock.packages)) {
  if (!entry.optionalDependencies) continue;
  for (const dep of Object.keys(entry.optionalDependencies)) {
    if (!resolves(from, dep)) {
      delete entry.optionalDependencies[dep];
      dropped.push(`${from || '(root)'} → ${dep}`);
    }
  }
  if (!Object.keys(entry.optionalDependencies).length) delete entry.optionalDependencies;
}
writeFileSync(path, JSON.stringify(lock, null, 2) + '\n');
console.log(dropped.length ? `prune-lock: dropped ${dropped.length} unavailable optional dependencies:\n  ${dropped.join('\n  ')}` : 'prune-lock: nothing to drop');
