// General word lists for consolidating conflict and crisis reporting. Nothing here is specific
// to one event: the classes are those any analyst uses to compare casualty and damage figures.

import { stem, words } from './text.ts';

/** What a figure counts, reduced to a class so "militants", "terrorists" and "fighters" compare. */
export const UNIT_CLASSES: Record<string, string[]> = {
  combatants: [
    'militant', 'terrorist', 'fighter', 'combatant', 'insurgent', 'jihadist', 'assailant', 'attacker', 'rebel',
    'gunman', 'gunmen', 'extremist', 'islamist', 'bandit', 'enemy', 'enemies', 'separatist', 'guerrilla', 'militiamen', 'militia',
  ],
  security: [
    'soldier', 'troop', 'serviceman', 'servicemen', 'officer', 'policeman', 'policemen', 'police', 'personnel', 'guard',
    'gendarme', 'marine', 'peacekeeper', 'military', 'army',
  ],
  civilians: ['civilian', 'people', 'person', 'villager', 'resident', 'passenger', 'worker', 'child', 'children', 'student', 'woman', 'women', 'pupil', 'worshipper', 'guest', 'hostage', 'patient', 'tourist', 'pilgrim', 'farmer', 'trader'],
  localities: ['town', 'city', 'cities', 'village', 'locality', 'localities', 'location', 'area', 'community', 'communities', 'district', 'region', 'site', 'place', 'province', 'settlement'],
  facilities: ['barrack', 'barracks', 'base', 'camp', 'post', 'position', 'checkpoint', 'installation', 'outpost', 'garrison', 'station', 'airport', 'facility', 'facilities', 'building'],
  vehicles: ['vehicle', 'truck', 'motorcycle', 'motorbike', 'car', 'tank', 'aircraft', 'helicopter', 'drone', 'boat'],
  weapons: ['weapon', 'rifle', 'gun', 'arm', 'arms', 'munition', 'ammunition', 'rocket', 'missile', 'shell', 'bomb'],
  displaced: ['refugee', 'displaced', 'evacuee', 'family', 'families', 'household'],
  attacks: ['attack', 'assault', 'raid', 'strike', 'offensive', 'ambush', 'incident', 'operation', 'blast', 'explosion'],
  time: ['day', 'hour', 'week', 'month', 'year', 'minute'],
};

const UNIT_INDEX = new Map<string, string>();
for (const [cls, list] of Object.entries(UNIT_CLASSES)) for (const w of list) UNIT_INDEX.set(w, cls);

/** Singular candidates of a word: itself, then without a plural ending. */
const singulars = (w: string) => [w, w.replace(/ies$/, 'y'), w.replace(/es$/, ''), w.replace(/s$/, '')];

/** Class of a figure's unit phrase (its last known word decides: "enemy combatants" → combatants). */
export function unitClass(unit: string): string {
  const ws = words(unit);
  for (let i = ws.length - 1; i >= 0; i--) {
    for (const form of singulars(ws[i])) {
      const c = UNIT_INDEX.get(form);
      if (c) return c;
    }
  }
  return ws.length ? `unit:${stem(ws[ws.length - 1])}` : 'unit:';
}

/** Unit classes that may describe the same sites ("seven towns" / "seven positions"): aligned when values agree, never contradicted. */
export const LOOSE_UNIT_PAIRS = new Set(['facilities|localities', 'localities|facilities']);

/** What happened to what is counted. */
export const SUBJECT_CLASSES: Record<string, string[]> = {
  killed: ['killed', 'kill', 'killing', 'dead', 'died', 'death', 'deaths', 'slain', 'fatalities', 'fatality', 'massacred', 'executed', 'lost', 'lives'],
  neutralised: ['neutralised', 'neutralized', 'neutralise', 'neutralize', 'eliminated', 'put out of action'],
  wounded: ['wounded', 'injured', 'hurt', 'injuries', 'casualties'],
  captured: ['captured', 'arrested', 'detained', 'seized', 'taken', 'abducted', 'kidnapped', 'held', 'surrendered', 'taken hostage', 'control', 'controlled', 'overran', 'overrun', 'took over', 'took', 'take', 'capture'],
  missing: ['missing', 'unaccounted'],
  displaced: ['displaced', 'fled', 'evacuated', 'uprooted'],
  attacked: ['attacked', 'targeted', 'struck', 'hit', 'stormed', 'raided', 'shelled', 'bombed', 'besieged', 'overran', 'overrun'],
  destroyed: ['destroyed', 'burned', 'burnt', 'damaged', 'razed'],
  recovered: ['recovered', 'seized', 'confiscated'],
  freed: ['freed', 'released', 'rescued'],
};

/** Class of a figure's subject, or null when none is given or it is unknown. */
export function subjectClass(subject: string | null): string | null {
  if (!subject) return null;
  const f = words(subject).join(' ');
  if (!f) return null;
  for (const [cls, re] of SUBJECT_RES) if (re.test(f)) return cls;
  return `subject:${stem(f.split(' ').at(-1) ?? '')}`;
}
const SUBJECT_RES: [string, RegExp][] = Object.entries(SUBJECT_CLASSES).map(([cls, list]) => [cls, new RegExp(`\\b(?:${list.join('|')})\\b`)]);

/** Subjects that can describe the same count ("neutralised" covers killed or captured). */
export function subjectsCompatible(a: string | null, b: string | null): boolean {
  if (!a || !b || a === b) return true;
  const loose = new Set(['neutralised|killed', 'neutralised|captured', 'killed|neutralised', 'captured|neutralised', 'attacked|destroyed', 'destroyed|attacked']);
  return loose.has(`${a}|${b}`);
}

/** Losses a figure reports for the side it counts (used to flag interested parties). */
export const LOSS_SUBJECTS = new Set(['killed', 'neutralised', 'wounded', 'captured', 'missing', 'destroyed']);
/** Gains a party may claim for itself. */
export const GAIN_SUBJECTS = new Set(['captured', 'attacked', 'destroyed', 'recovered', 'freed']);

/** Nouns naming an incident, with their ACLED-style event type and sub-event type. */
export const INCIDENT_NOUNS: Record<string, { type: string; sub: string }> = {
  attack: { type: 'Battles', sub: 'Armed clash' },
  assault: { type: 'Battles', sub: 'Armed clash' },
  offensive: { type: 'Battles', sub: 'Armed clash' },
  raid: { type: 'Battles', sub: 'Armed clash' },
  clash: { type: 'Battles', sub: 'Armed clash' },
  fighting: { type: 'Battles', sub: 'Armed clash' },
  battle: { type: 'Battles', sub: 'Armed clash' },
  ambush: { type: 'Battles', sub: 'Armed clash' },
  siege: { type: 'Battles', sub: 'Armed clash' },
  bombing: { type: 'Explosions/Remote violence', sub: 'Remote explosive/landmine/IED' },
  explosion: { type: 'Explosions/Remote violence', sub: 'Remote explosive/landmine/IED' },
  blast: { type: 'Explosions/Remote violence', sub: 'Remote explosive/landmine/IED' },
  'suicide bombing': { type: 'Explosions/Remote violence', sub: 'Suicide bomb' },
  airstrike: { type: 'Explosions/Remote violence', sub: 'Air/drone strike' },
  'air strike': { type: 'Explosions/Remote violence', sub: 'Air/drone strike' },
  'drone strike': { type: 'Explosions/Remote violence', sub: 'Air/drone strike' },
  shelling: { type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack' },
  'missile strike': { type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack' },
  massacre: { type: 'Violence against civilians', sub: 'Attack' },
  kidnapping: { type: 'Violence against civilians', sub: 'Abduction/forced disappearance' },
  abduction: { type: 'Violence against civilians', sub: 'Abduction/forced disappearance' },
  shooting: { type: 'Violence against civilians', sub: 'Attack' },
  protest: { type: 'Protests', sub: 'Peaceful protest' },
  demonstration: { type: 'Protests', sub: 'Peaceful protest' },
  riot: { type: 'Riots', sub: 'Violent demonstration' },
  coup: { type: 'Strategic developments', sub: 'Other' },
  // Disasters and accidents: named for titles, outside the ACLED typology.
  flood: { type: '', sub: '' },
  earthquake: { type: '', sub: '' },
  landslide: { type: '', sub: '' },
  cyclone: { type: '', sub: '' },
  storm: { type: '', sub: '' },
  fire: { type: '', sub: '' },
  crash: { type: '', sub: '' },
  collapse: { type: '', sub: '' },
  outbreak: { type: '', sub: '' },
};

/** Plural of an incident noun. */
export const pluralNoun = (n: string) => (/(?:sh|ch|s|x)$/.test(n) ? `${n}es` : n.endsWith('y') && !/[aeiou]y$/.test(n) ? `${n.slice(0, -1)}ies` : `${n}s`);

/** Words that put a place or a figure at the scene of the incident. */
export const INCIDENT_CUE =
  /\b(attack\w*|assault\w*|raid\w*|strikes?|struck|clash\w*|fight\w*|gunfire|gunmen|explosion\w*|blast\w*|bomb\w*|shell\w*|ambush\w*|target\w*|hit|affected|stormed|besieged|overr[au]n|seized|captured|control|killed|dead|wounded|injured|fled|curfew|siege|offensive|incursion\w*|violence|unrest|protest\w*)\b/i;

/** Phrases that mark a sentence as background (earlier incidents, history). */
export const BACKGROUND_CUE =
  /\b(previously|earlier (?:this|that|in|last)|last (?:week|month|year|june|july|[a-z]+day)|(?:a|one|two|three|four|several|few) (?:days?|weeks?|months?|years?) (?:ago|earlier|before|prior|after)|a day prior|the day before|in the past|has a history|have a history|history of|since (?:19|20)\d\d|in (?:19|20)\d\d|decade|follow(?:s|ed|ing)? (?:a|an|two|three|several|other|previous|last)|string of (?:recent )?(?:attacks|assaults)|recent (?:attacks|assaults))\b/i;

/** Words naming a state's forces or authorities in a claimant phrase. */
export const STATE_WORDS =
  /\b(army|armed forces|military|militaries|troops|soldiers|security forces|defen[cs]e forces|government|authorities|ministry|minister|junta|police|gendarmerie|presidency|president|official statement|officials?|military source|governor)\b/i;

/** Words naming the attacking side without its name. */
export const ARMED_WORDS = /\b(group|militants?|jihadists?|insurgents?|rebels?|attackers?|assailants?|fighters|terrorists?|gunmen|extremists?|militia)\b/i;

/** Witnesses and residents: a voice, not a party to the fighting. */
export const WITNESS_WORDS = /\b(residents?|witness(?:es)?|locals|villagers?|eyewitness(?:es)?|survivors?|inhabitants?)\b/i;

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
