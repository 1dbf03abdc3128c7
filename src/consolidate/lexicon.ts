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
  // People without a side: bystanders, and the words of a toll that name no side ("deaths", "bodies").
  civilians: [
    'civilian', 'people', 'person', 'villager', 'resident', 'passenger', 'worker', 'child', 'children', 'student', 'woman', 'women', 'pupil', 'worshipper', 'guest',
    'hostage', 'patient', 'tourist', 'pilgrim', 'farmer', 'trader', 'protester', 'demonstrator', 'journalist', 'migrant', 'miner', 'suspect', 'detainee', 'prisoner',
    'captive', 'individual', 'victim', 'survivor', 'casualty', 'casualties', 'death', 'deaths', 'dead', 'fatality', 'fatalities', 'body', 'bodies', 'corpse',
    'injury', 'injuries', 'injured', 'wounded', 'abduction', 'arrest',
  ],
  localities: ['town', 'city', 'cities', 'village', 'locality', 'localities', 'location', 'area', 'community', 'communities', 'district', 'region', 'site', 'place', 'province', 'settlement', 'neighbourhood', 'neighborhood'],
  facilities: ['barrack', 'barracks', 'base', 'camp', 'post', 'position', 'checkpoint', 'installation', 'outpost', 'garrison', 'station', 'airport', 'facility', 'facilities'],
  buildings: [
    'building', 'house', 'home', 'dwelling', 'apartment', 'flat', 'structure', 'school', 'hospital', 'clinic', 'shop', 'store', 'supermarket', 'market', 'hotel',
    'mosque', 'church', 'temple', 'office', 'bridge', 'road', 'shelter', 'warehouse', 'factory', 'tower', 'hut', 'classroom',
  ],
  vehicles: ['vehicle', 'truck', 'motorcycle', 'motorbike', 'car', 'tank', 'aircraft', 'helicopter', 'boat', 'plane', 'jet', 'ship', 'vessel', 'bus', 'pickup'],
  // Drones fly like aircraft but strike like missiles: counted with the weapons (those that struck are the means).
  weapons: ['weapon', 'rifle', 'gun', 'arm', 'arms', 'munition', 'ammunition', 'rocket', 'missile', 'shell', 'bomb', 'drone'],
  livestock: ['cow', 'cattle', 'livestock', 'goat', 'sheep', 'camel', 'animal'],
  displaced: ['refugee', 'displaced', 'evacuee', 'family', 'families', 'household', 'homeless'],
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
  killed: ['killed', 'kill', 'killing', 'dead', 'died', 'death', 'deaths', 'slain', 'fatalities', 'fatality', 'massacred', 'executed', 'lost', 'lives', 'shot dead', 'perished'],
  neutralised: ['neutralised', 'neutralized', 'neutralise', 'neutralize', 'eliminated', 'put out of action'],
  wounded: ['wounded', 'injured', 'hurt', 'injuries', 'injury', 'casualties', 'hospitalised', 'hospitalized', 'treated', 'admitted', 'in hospital', 'shot', 'serious condition', 'critical condition'],
  captured: ['captured', 'arrested', 'detained', 'seized', 'taken', 'abducted', 'kidnapped', 'held', 'surrendered', 'taken hostage', 'control', 'controlled', 'overran', 'overrun', 'took over', 'took', 'take', 'capture', 'in custody', 'abductions', 'arrests', 'stole', 'stolen'],
  missing: ['missing', 'unaccounted'],
  displaced: ['displaced', 'fled', 'evacuated', 'uprooted', 'homeless', 'left homeless', 'sheltering', 'relocated'],
  // Said of places and people hit without saying how: compatible with any outcome of the same count.
  affected: ['affected'],
  attacked: ['attacked', 'targeted', 'struck', 'hit', 'stormed', 'raided', 'shelled', 'bombed', 'besieged', 'overran', 'overrun'],
  destroyed: ['destroyed', 'burned', 'burnt', 'damaged', 'razed', 'collapsed', 'flattened', 'washed', 'swept', 'looted', 'torched', 'set ablaze', 'set on fire', 'shot down', 'downed', 'intercepted'],
  recovered: ['recovered', 'seized', 'confiscated'],
  freed: ['freed', 'released', 'rescued', 'pulled', 'pulled out', 'evacuated alive'],
};

/**
 * Outcome a counted noun carries by itself ("773 deaths", "3,408 injuries", "52 abductions"), with
 * the participle a label uses for it ("773 killed"). Bodies are a count of the dead.
 */
export const OUTCOME_NOUNS: Record<string, { outcome: string; label: string }> = {
  death: { outcome: 'killed', label: 'killed' },
  deaths: { outcome: 'killed', label: 'killed' },
  dead: { outcome: 'killed', label: 'dead' },
  fatality: { outcome: 'killed', label: 'killed' },
  fatalities: { outcome: 'killed', label: 'killed' },
  body: { outcome: 'killed', label: 'bodies' },
  bodies: { outcome: 'killed', label: 'bodies' },
  corpses: { outcome: 'killed', label: 'bodies' },
  injury: { outcome: 'wounded', label: 'injured' },
  injuries: { outcome: 'wounded', label: 'injured' },
  injured: { outcome: 'wounded', label: 'injured' },
  wounded: { outcome: 'wounded', label: 'wounded' },
  casualties: { outcome: 'wounded', label: 'casualties' },
  abductions: { outcome: 'captured', label: 'abducted' },
  arrests: { outcome: 'captured', label: 'arrested' },
  hostages: { outcome: 'captured', label: 'hostages' },
  captives: { outcome: 'captured', label: 'captives' },
  detainees: { outcome: 'captured', label: 'detained' },
  refugees: { outcome: 'displaced', label: 'refugees' },
  displaced: { outcome: 'displaced', label: 'displaced' },
  evacuees: { outcome: 'displaced', label: 'evacuated' },
  homeless: { outcome: 'displaced', label: 'homeless' },
  missing: { outcome: 'missing', label: 'missing' },
};

/** The outcome a unit phrase carries by its last word, or null. */
export function unitOutcome(unit: string): string | null {
  const last = words(unit).at(-1);
  return last ? (OUTCOME_NOUNS[last]?.outcome ?? null) : null;
}

/** Class of a figure's subject, or null when none is given or it is unknown. */
export function subjectClass(subject: string | null): string | null {
  if (!subject) return null;
  const f = words(subject).join(' ');
  if (!f) return null;
  for (const [cls, re] of SUBJECT_RES) if (re.test(f)) return cls;
  return `subject:${stem(f.split(' ').at(-1) ?? '')}`;
}
const SUBJECT_RES: [string, RegExp][] = Object.entries(SUBJECT_CLASSES).map(([cls, list]) => [cls, new RegExp(`\\b(?:${list.join('|')})\\b`)]);

/** What happened, read from the counted noun first ("bodies recovered" are dead), else from the subject. */
export const outcomeOf = (unit: string, subject: string | null): string | null => unitOutcome(unit) ?? subjectClass(subject);

/** Outcome classes: what an incident does to people, places and things. Other subjects ("deployed", "volunteered") are no outcome. */
export const OUTCOMES = new Set(['killed', 'neutralised', 'wounded', 'captured', 'missing', 'displaced', 'attacked', 'destroyed', 'recovered', 'freed', 'affected']);

/**
 * Subjects that can describe the same count ("neutralised" covers killed or captured; a place
 * "affected" by an attack was attacked; a building hit may be destroyed).
 */
export function subjectsCompatible(a: string | null, b: string | null): boolean {
  if (!a || !b || a === b || a === 'affected' || b === 'affected') return true;
  return LOOSE_SUBJECTS.has(`${a}|${b}`) || LOOSE_SUBJECTS.has(`${b}|${a}`);
}
const LOOSE_SUBJECTS = new Set(['neutralised|killed', 'neutralised|captured', 'attacked|destroyed']);

/** Unit classes whose counts are key figures when something happened to them (people, places, buildings, equipment). */
export const COUNTABLE_CLASSES = new Set(['combatants', 'security', 'civilians', 'displaced', 'localities', 'facilities', 'buildings', 'vehicles', 'weapons', 'livestock']);

/** People classes: a count of "people" or "deaths" may be the same count as one of soldiers or militants. */
export const PEOPLE_CLASSES = new Set(['combatants', 'security', 'civilians', 'displaced']);

/** Nouns that name people without a side ("80 people killed" may be the "80 militants killed"). */
export const GENERIC_PEOPLE = new Set(['people', 'person', 'persons', 'individuals', 'victims', 'casualties', 'deaths', 'dead', 'fatalities', 'bodies', 'corpses', 'injuries', 'injured', 'wounded', 'members']);

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
  /\b(previously|earlier (?:this|that|in|last)|last (?:week|month|year|june|july|[a-z]+day)|(?:a|one|two|three|four|several|few) (?:days?|weeks?|months?|years?) (?:ago|earlier|before|prior|after)|a day prior|the day before|in the past(?! (?:\d+|few|two|three|four|five|several|24|48|72) (?:hours|days))|has a history|have a history|history of|since (?:19|20)\d\d|in (?:19|20)\d\d|decade|follow(?:s|ed|ing)? (?:a|an|two|three|several|other|previous|last)|string of (?:recent )?(?:attacks|assaults)|recent (?:attacks|assaults)|since the (?:start|beginning|outbreak) of|in the year (?:after|since|before)|in the (?:previous|past|last) (?:\d+|two|three|six|twelve) months|so far this year|the (?:conflict|war|insurgency|crisis) (?:has|have) (?:killed|displaced|uprooted|forced))\b/i;

/** Words naming a state's forces or authorities in a claimant phrase. */
export const STATE_WORDS =
  /\b(army|armed forces|military|militaries|troops|soldiers|security forces|defen[cs]e forces|general staff|high command|government|authorities|ministry|minister|junta|police|gendarmerie|presidency|president|official statement|officials?|military sources?|security sources?|governor)\b/i;

/** Of a state's bodies: its armed forces (the general staff and military sources speak for them). */
export const FORCE_WORDS = /\b(army|armies|military|militaries|armed forces|troops|soldiers|security forces|defen[cs]e forces|general staff|high command|junta)\b/i;
/** Of a state's bodies: its police. */
export const POLICE_WORDS = /\b(police|policemen|gendarmerie|gendarmes)\b/i;
/** Of a state's bodies: its government. */
export const GOVERNMENT_WORDS = /\b(government|presidency|president|prime minister|cabinet|administration)\b/i;
/** A phrase that is the body itself ("the army", "Mali's military", "the government"), not one of its members or sources. */
export const BODY_HEADS = /^(?:the |[\p{L}-]+['’]s? )*(?:[\p{L}-]+ )?(?:army|military|armed forces|security forces|defen[cs]e forces|forces|police|government|junta|presidency|gendarmerie)$/iu;

/** Words naming the attacking side without its name. */
export const ARMED_WORDS = /\b(group|militants?|jihadists?|insurgents?|rebels?|attackers?|assailants?|fighters|terrorists?|gunmen|extremists?|militia)\b/i;

/** Witnesses and residents: a voice, not a party to the fighting. */
export const WITNESS_WORDS = /\b(residents?|witness(?:es)?|locals|villagers?|eyewitness(?:es)?|survivors?|inhabitants?)\b/i;

/**
 * Voices in their own right, never a state or armed party: local and regional officials,
 * hospitals and medics, rescuers, aid groups and NGOs, community and civil-society leaders.
 */
export const OWN_RIGHT =
  /\b(?:local|city|municipal|regional|provincial|district|county|village|community|tribal|hospital|medical|camp|council)\s+(?:officials?|authorities|leaders?|sources?|chiefs?|administrators?|councils?|politicians?)\b|\b(?:hospitals?|clinics?|medics?|doctors?|nurses?|paramedics?|morgue|mortuary|rescuers?|rescue (?:workers?|teams?|services?)|emergency services?|aid (?:workers?|groups?|agencies)|volunteers?|community leaders?|civil society|elders?|activists?|(?:human )?rights (?:groups?|activists?|monitors?|organi[sz]ations?)|ngos?|charit(?:y|ies)|red cross|red crescent|monitors?|observatory)\b/i;

/** A phrase whose head is one of a body's people ("a U.N. security source", "JNIM fighters"): the body's voice, named as written. */
export const MEMBER_HEAD =
  /\b(?:sources?|officials?|spokes(?:man|men|woman|women|person|people)|commanders?|members?|officers?|fighters?|leaders?|chiefs?|heads?|representatives?|envoys?|diplomats?|staff|workers?|employees?|doctors?|medics?|engineers?|analysts?|researchers?|experts?|investigators?|volunteers?)$/i;

/** The outlets' own voice written as a source ("Reports indicate…", "media reports said"). */
export const OWN_VOICE = /^(?:(?:the|some|several|many|other|multiple|unconfirmed|initial|early|earlier|latest|first|media|news|press|local media|local news)\s+)*(?:reports?|accounts?)$/i;

// Month and weekday names are the text model's: src/text/lexicons/calendar.ts.
