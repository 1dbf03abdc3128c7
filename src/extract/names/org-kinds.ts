import type { Country } from '../../geo/countries.ts';
import { KIND_CUE_HEADS, KIND_CUES, ORG_HEADS, type OrgKind } from '../../text/lexicons/names.ts';
import { joined, type Doc } from '../../text/words.ts';

// What sort of body an organization is, from its head noun and from the words around a mention.

const ARMED_GROUP_WORDS = new Set(['liberation', 'independence', 'free', 'revolutionary', 'resistance', 'islamic', 'rebel', 'patriotic', 'popular', 'mujahideen', 'jihad', 'salvation']);
const INSURGENT_WORDS = new Set(['liberation', 'independence', 'revolutionary', 'resistance', 'alliance', 'rebel', 'patriotic', 'salvation']);
const CREED_WORDS = new Set(['islam', 'islamic', 'muslims', 'muslim', 'jihad', 'mujahideen', 'mujahidin', 'caliphate', 'sharia', 'tawhid', 'ansar']);
const FIGHTING_HEADS = new Set(['group', 'front', 'movement', 'army', 'forces', 'force', 'brigade', 'brigades', 'battalion', 'network', 'coalition', 'alliance', 'militia', 'militias']);
const INTERNATIONAL_WORDS = new Set(['international', 'united', 'nations', 'world', 'global', 'african', 'european', 'union', 'regional', 'economic', 'arab', 'states', 'countries', 'asian', 'american', 'atlantic']);

/** The head noun of a name: before its first "of/for/on/in" ("Alliance of Sahel States", "Mission in Somalia"), else its last word; -1 when none. */
export function headOf(doc: Doc, from: number, to: number): number {
  for (let k = from; k < to - 1; k++) {
    if (doc.tokens[k].cap && ORG_HEADS.has(doc.tokens[k].fold) && ['of', 'for', 'on', 'in'].includes(doc.tokens[k + 1].fold)) return k;
  }
  return ORG_HEADS.has(doc.tokens[to - 1].fold) ? to - 1 : -1;
}

/** The kind a head noun suggests, refined by the other words of the name and its country. */
export function kindFromHead(doc: Doc, from: number, to: number, headAt: number, country: Country | null): OrgKind {
  const head = doc.tokens[headAt].fold;
  const kind = ORG_HEADS.get(head) ?? 'other';
  const words = doc.tokens.slice(from, to).map((t) => t.fold);
  const has = (set: Set<string>) => words.some((w) => set.has(w));
  if (kind === 'state-force' && !country && has(ARMED_GROUP_WORDS)) return 'armed-group';
  // "Myanmar National Democratic Alliance Army": a liberation or alliance army is a movement, even one named after its country.
  if (kind === 'state-force' && has(INSURGENT_WORDS)) return 'armed-group';
  // "Arakan Army": an army named after no country is an armed movement.
  if (kind === 'state-force' && !country && (head === 'army' || head === 'forces') && !words.includes('national') && !words.includes('armed')) return 'armed-group';
  // "Group for the Support of Islam and Muslims", "Islamic Front": a fighting body named for a creed.
  if (FIGHTING_HEADS.has(head) && !country && has(CREED_WORDS)) return 'armed-group';
  if (head === 'agency') return words.includes('news') || words.includes('press') ? 'media' : country ? 'government' : 'other';
  if (['council', 'commission', 'bank', 'fund', 'court', 'mission', 'programme', 'program'].includes(head)) {
    return has(INTERNATIONAL_WORDS) ? 'international' : country ? 'government' : 'other';
  }
  if (kind === 'international' && country && !has(INTERNATIONAL_WORDS)) return 'other';
  if ((head === 'alliance' || head === 'coalition') && (words.includes('states') || words.includes('countries') || words.includes('nations'))) return 'international';
  return kind;
}

/** Kind suggested by an appositive or a pre-modifier next to a mention ("JNIM, an al-Qaeda-affiliated terror group"). */
export function kindCue(doc: Doc, from: number, to: number): OrgKind | null {
  const [sentFrom, sentTo] = doc.sentRange[doc.tokens[from].sent];
  const classify = (ws: string[]): OrgKind | null => {
    const text = ws.join(' ');
    for (const [re, kind] of KIND_CUES) if (re.test(text)) return kind;
    return null;
  };
  if (to < sentTo && /^\s*\)?\s*,\s*$/.test(doc.tokens[to].gap)) {
    const ws: string[] = [];
    for (let k = to; k < sentTo && k < to + 8; k++) {
      if (k > to && !joined(doc.tokens[k])) break;
      ws.push(doc.tokens[k].fold);
      if (KIND_CUE_HEADS.has(doc.tokens[k].fold)) {
        const kind = classify(ws);
        if (kind) return kind;
      }
    }
  }
  let before = from - 1;
  let gap = doc.tokens[from].gap;
  // "its propaganda arm, the Al-Bayan Foundation": skip the article.
  if (before > sentFrom && ['the', 'a', 'an'].includes(doc.tokens[before].fold)) {
    gap = doc.tokens[before].gap;
    before--;
  }
  if (before >= sentFrom && KIND_CUE_HEADS.has(doc.tokens[before].fold) && /^\s*,?\s*$/.test(gap) && !doc.tokens[before].cap) {
    const ws: string[] = [doc.tokens[before].fold];
    for (let k = before; k > sentFrom && k > before - 5; k--) {
      if (!joined(doc.tokens[k])) break;
      ws.unshift(doc.tokens[k - 1].fold);
    }
    return classify(ws);
  }
  return null;
}
