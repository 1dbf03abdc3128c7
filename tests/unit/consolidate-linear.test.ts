// Consolidation steps made near-linear in the length of a text (issue 8) against the plain loops
// they replace, on generated inputs: the indexed versions must give exactly the same results.
import { describe, expect, it } from 'vitest';
import type { EventActor } from '../../src/schemas/event.ts';
import { lastActorFinder } from '../../src/consolidate/bottom-line-toll.ts';
import { fold } from '../../src/consolidate/text.ts';
import { prng } from '../../scripts/lib/synthetic.ts';

type Rand = () => number;
const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
/** Words that overlap each other often (prefixes, suffixes, repeats), so that matches collide. */
const PIECES = ['al', 'ala', 'alam', 'mali', 'malian', 'army', 'armed', 'jnim', 'isw', 'iswap', 'kaya', 'kay', 'ay', 'é', 'Ā', 'm23', 'rsf', 'ans', 'and'];
const phrase = (rand: Rand, most = 3) => Array.from({ length: 1 + Math.floor(rand() * most) }, () => pick(rand, PIECES)).join(pick(rand, [' ', '', '-']));

describe('the last actor named before a point (bottom line)', () => {
  /** As it was: every form of every actor, `lastIndexOf`. */
  function naive(actors: EventActor[], prefix: string): EventActor | null {
    let best: { at: number; actor: EventActor } | null = null;
    for (const a of actors) {
      for (const form of [a.name, ...a.aliases].map(fold).filter((f) => f.length >= 3)) {
        const at = prefix.lastIndexOf(form);
        if (at >= 0 && (!best || at > best.at)) best = { at, actor: a };
      }
    }
    return best?.actor ?? null;
  }
  it('is the actor lastIndexOf finds, the first on ties', () => {
    for (let t = 0; t < 300; t++) {
      const rand = prng(t + 1);
      const actors = Array.from({ length: Math.floor(rand() * 8) }, (_, i) => ({ key: `a${i}`, name: phrase(rand), aliases: Array.from({ length: Math.floor(rand() * 3) }, () => phrase(rand, 2)) }) as EventActor);
      const find = lastActorFinder(actors);
      for (let k = 0; k < 10; k++) {
        const text = fold(Array.from({ length: Math.floor(rand() * 12) }, () => phrase(rand)).join(' '));
        expect(find(text)?.key ?? null).toBe(naive(actors, text)?.key ?? null);
      }
    }
  });
});
