// What kind of incident the reports are about, from the nouns and verbs of their leads: an attack,
// a strike, a protest — or a disaster or accident, which has no perpetrator.
import { INCIDENT_NOUNS, pluralNoun } from './lexicon.ts';
import type { Profile } from './profile.ts';
import { cmp, fold } from './text.ts';

/** Natural hazards and accidents named in leads, beside the lexicon's incident nouns. */
const HAZARDS = ['earthquake', 'hurricane', 'typhoon', 'cyclone', 'storm', 'flood', 'landslide', 'tsunami', 'eruption', 'wildfire', 'drought', 'avalanche', 'heatwave', 'fire', 'crash', 'collapse', 'outbreak', 'epidemic'];
/** Other words for them ("quake", "flooding"). */
const HAZARD_SYNONYMS: Record<string, string> = { quake: 'earthquake', tremor: 'earthquake', flooding: 'flood', floodwaters: 'flood', mudslide: 'landslide', 'forest fire': 'wildfire', bushfire: 'wildfire', 'heat wave': 'heatwave' };

const NOUNS = [...new Set([...Object.keys(INCIDENT_NOUNS), ...HAZARDS])].sort((a, b) => b.length - a.length);
const FORMS = new Map<string, { noun: string; plural: boolean }>();
for (const n of NOUNS) {
  FORMS.set(n, { noun: n, plural: false });
  FORMS.set(pluralNoun(n), { noun: n, plural: true });
}
for (const [w, n] of Object.entries(HAZARD_SYNONYMS)) {
  FORMS.set(w, { noun: n, plural: false });
  if (!w.endsWith('ing')) FORMS.set(pluralNoun(w), { noun: n, plural: true });
}
const NOUN_RE = new RegExp(`\\b(${[...FORMS.keys()].sort((a, b) => b.length - a.length).join('|')})\\b`, 'g');
// Verbs naming the incident ("militants attacked", "gunmen stormed") count for their noun.
const VERBS: Record<string, string> = { attacked: 'attack', attacking: 'attack', stormed: 'attack', raided: 'raid', ambushed: 'ambush', clashed: 'clash', bombed: 'bombing', shelled: 'shelling', kidnapped: 'kidnapping', abducted: 'abduction', besieged: 'siege', flooded: 'flood' };
const VERB_RE = new RegExp(`\\b(${Object.keys(VERBS).join('|')})\\b`, 'g');

/** Gunfire is not a fire, and a verb in a headline ("Gunmen Storm Hotel") is not a storm. */
const NOT_A_HAZARD =
  /\b(?:open(?:ed|ing|s)?|return(?:ed|ing|s)?|exchang(?:ed?|es|ing)(?: of)?|under|cease|heavy|live|artillery|rocket|mortar|gun|sniper|small[- ]arms)\s+fire\b|\bfire\s+(?:on|at|into)\b|\b(?:gunmen|militants|fighters|rebels|troops|police|protesters|attackers|insurgents|soldiers|jihadists|men|crowds?|mobs?)\s+storm\b/g;

interface NounCount {
  noun: string;
  reports: number;
  plural: number;
}

/** Incident nouns of the reports' leads, most used first (reports naming it, then plural uses). */
function incidentNouns(profiles: Profile[]): NounCount[] {
  const counts = new Map<string, { reports: number; plural: number }>();
  for (const p of profiles) {
    const seen = new Set<string>();
    for (const id of p.lead) {
      const text = fold(p.sentence(id)).replace(NOT_A_HAZARD, ' ');
      const found = [...[...text.matchAll(NOUN_RE)].map((m) => FORMS.get(m[1])!), ...[...text.matchAll(VERB_RE)].map((m) => ({ noun: VERBS[m[1]], plural: false }))];
      for (const { noun, plural } of found) {
        const c = counts.get(noun) ?? { reports: 0, plural: 0 };
        if (!seen.has(noun)) c.reports++;
        if (plural) c.plural++;
        seen.add(noun);
        counts.set(noun, c);
      }
    }
  }
  return [...counts].map(([noun, c]) => ({ noun, ...c })).sort((a, b) => b.reports - a.reports || b.plural - a.plural || cmp(a.noun, b.noun));
}

/** The incident noun the reports' leads use most ("attack"), and whether they use it in the plural. */
export function incidentNoun(profiles: Profile[]): { noun: string; plural: boolean } | null {
  const best = incidentNouns(profiles)[0];
  return best ? { noun: best.noun, plural: best.plural * 2 >= best.reports } : null;
}

const hazardNoun = (noun: string) => HAZARDS.includes(noun) || INCIDENT_NOUNS[noun]?.type === '';

/**
 * True when the incident is a natural hazard or an accident (nobody carried it out): the leads'
 * main incident noun is one, and no noun of violence is named by as many reports.
 */
export function isHazard(profiles: Profile[]): boolean {
  const nouns = incidentNouns(profiles);
  const best = nouns[0];
  return !!best && hazardNoun(best.noun) && !nouns.some((n) => !hazardNoun(n.noun) && n.reports >= best.reports);
}
