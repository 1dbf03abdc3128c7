// Who attacked whom, read from the reports' sentences: an actor named as the subject of an attack
// verb ("ISWAP fighters attacked"), before an attack noun ("Israeli strikes"), or after "by"
// ("attacks claimed by JNIM") is an agent; one named after "attack on", as the object of an attack
// verb, or in the passive ("the base was attacked") is a patient. A party's own claim of
// responsibility or of captured ground counts as agency, as a claim.
import { WORLD_COUNTRIES as countries } from '../geo/world-countries.ts';
import type { ClaimFact, EventActor } from '../schemas/event.ts';
import type { Profile } from './profile.ts';
import { cmp, fold } from './text.ts';

/** How an actor's part as the attacker is known. */
export type AgentBasis = 'stated' | 'hedged' | 'claimed';

export interface RoleEvidence {
  /** Weight of sentences and claims naming it as the attacker. */
  agent: number;
  /** Reports stating in their own voice (not hedged, not in someone's account) that it took ground. */
  captured: Set<string>;
  /** Weight of sentences naming it as the attacked. */
  patient: number;
  /** Reports naming it (by name) as the attacker, by how they do so. */
  basis: Record<AgentBasis, Set<string>>;
}

/** Verbs of carrying out an attack. */
const ATTACK_VERBS = new Set(
  'attack attacked attacking attacks stormed storming raided raiding ambushed ambushing launched launching carried staged mounted struck bombed bombing shelled shelling targeted targeting besieged overran overrun invaded fired firing hit seized captured executed conducted perpetrated torched burned looted abducted kidnapped massacred overwhelmed'.split(' '),
);
/** Verbs of killing: an outcome rather than the initiative, weighed half. */
const KILL_VERBS = new Set('killed killing neutralised neutralized neutralising neutralizing shot slaughtered eliminated wounded injured'.split(' '));
/** Nouns of an attack ("Israeli strikes", "ISWAP attack"). */
const ATTACK_NOUNS = new Set('attack attacks strike strikes airstrike airstrikes raid raids offensive assault assaults bombing bombings shelling ambush ambushes missile missiles rocket rockets drone drones incursion incursions onslaught'.split(' '));
/** Words between an actor and its verb that do not change who acts ("ISWAP fighters have"). */
const FILLER = new Set(
  'fighters militants gunmen forces force troops soldiers members units jets aircraft warplanes drones group groups militia army military navy police have has had reportedly allegedly apparently also later then s its their who which air suspected armed'.split(' '),
);
const HEDGE_WORDS = new Set('suspected reportedly allegedly apparently believed blamed presumably likely possibly'.split(' '));
const NEGATION = new Set('not never denied denies deny no'.split(' '));
const PASSIVE = new Set('was were been being is are'.split(' '));
const AGAINST = new Set('on against targeting at upon'.split(' '));
/** What a party claims when it claims an attack. */
const CLAIMED_OBJECT = new Set('responsibility credit attack attacks assault assaults raid raids strike strikes bombing bombings operation operations'.split(' '));
/** Participles before "by" that name who carried the attack out (not "captured by", "killed by"). */
const BY_AGENT = new Set('attacked carried launched orchestrated claimed led perpetrated committed blamed staged mounted conducted targeted bombed shelled struck stormed raided ambushed fired'.split(' '));
/** Verbs of saying: what follows them is a party's account, not the report's own. */
const SPEECH = new Set('said says say told claimed claims claiming denied denies accused accuses alleged alleges stated insisted added'.split(' '));

/** Unnamed attackers ("jihadists", "gunmen") and unnamed state forces ("the army", "troops"). */
const ARMED_GENERIC = new Set(
  'militant militants jihadist jihadists insurgent insurgents rebel rebels gunman gunmen attacker attackers assailant assailants fighters terrorist terrorists extremist extremists militia militiamen bandit bandits islamist islamists'.split(' '),
);
const STATE_GENERIC = new Set('army military troops soldiers police policemen gendarmes gendarmerie junta'.split(' '));
const ARMED = '#armed';
const STATE = '#state';

const tokens = (s: string) => fold(s).match(/[a-z0-9]+/g) ?? [];
/** A phrase between commas after a name: "JNIM, the al-Qaeda affiliate active in the Sahel, claimed". */
const APPOSITION = /,\s+[^,;]{2,80}?,\s+/g;

interface Form {
  key: string;
  tokens: string[];
}

/**
 * Name forms by their tokens, one token a level: at a node, the key of the forms whose tokens end
 * there (the first by key: of forms of one length, the first by key is read).
 */
interface FormNode {
  next: Map<string, FormNode>;
  key: string | null;
}

function formTrie(forms: Form[]): FormNode {
  const root: FormNode = { next: new Map(), key: null };
  for (const f of forms) {
    let n = root;
    for (const w of f.tokens) {
      let child = n.next.get(w);
      if (!child) n.next.set(w, (child = { next: new Map(), key: null }));
      n = child;
    }
    if (n.key === null || cmp(f.key, n.key) < 0) n.key = f.key;
  }
  return root;
}

/** The longest form starting at token i, with its length in tokens, or null. */
function longestAt(trie: FormNode, t: string[], i: number): { key: string; length: number } | null {
  let best: { key: string; length: number } | null = null;
  let n: FormNode | undefined = trie;
  for (let k = i; k < t.length; k++) {
    n = n.next.get(t[k]);
    if (!n) break;
    if (n.key !== null) best = { key: n.key, length: k - i + 1 };
  }
  return best;
}

const formOf = (key: string, name: string): Form[] => {
  const t = tokens(name);
  return t.length && t.join('').length >= 2 ? [{ key, tokens: t }] : [];
};

/**
 * Every country's names and demonyms as `state:XX`: a state party is named by its country too, and a
 * country with no party in the event is still an attacker when a sentence makes it one (then no
 * armed group is made perpetrator by default). Built once.
 */
const COUNTRY_TRIE = formTrie(
  countries.flatMap((c) => [c.name.common, ...Object.values(c.demonyms ?? {}).flatMap((d) => [d.m, d.f])].filter(Boolean).flatMap((n) => formOf(`state:${c.cca2}`, n))),
);

/** Name forms of the event's actors (names and aliases) by their tokens. */
const actorForms = (actors: EventActor[]) => formTrie(actors.flatMap((a) => [a.name, ...a.aliases].flatMap((n) => formOf(a.key, n))));

interface Mention {
  key: string;
  start: number;
  end: number;
}

/**
 * Actors and countries named in a sentence's tokens, and unnamed attackers and forces: at each
 * token the longest form that starts there, an actor's before a country's of the same length.
 */
function mentionsIn(t: string[], forms: FormNode): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < t.length; ) {
    const actor = longestAt(forms, t, i);
    const country = longestAt(COUNTRY_TRIE, t, i);
    const f = actor && (!country || actor.length >= country.length) ? actor : country;
    if (f) {
      out.push({ key: f.key, start: i, end: i + f.length });
      i += f.length;
    } else if (out.at(-1)?.end === i && !out.at(-1)!.key.startsWith('#') && (ARMED_GENERIC.has(t[i]) || STATE_GENERIC.has(t[i]))) {
      // "Malian troops", "ISWAP fighters": the generic noun belongs to the name before it.
      out.at(-1)!.end = ++i;
    } else if (ARMED_GENERIC.has(t[i]) || STATE_GENERIC.has(t[i])) {
      out.push({ key: ARMED_GENERIC.has(t[i]) ? ARMED : STATE, start: i, end: i + 1 });
      i++;
    } else i++;
  }
  return out;
}

type Relation = { role: 'agent' | 'patient'; weight: number; basis: AgentBasis; capture?: boolean };

/** Verbs of taking ground, and what taken ground is called. */
const CAPTURE_VERBS = new Set('captured seized overran overrun took taken controls control controlled'.split(' '));
const TERRITORY = new Set('city town towns village villages capital base bases barracks camp camps post posts airport district province region territory control area areas positions checkpoint checkpoints port'.split(' '));

/** How one mention stands to the attack in its sentence, if it does. */
function relation(t: string[], m: Mention, others: Mention[]): Relation | null {
  const window = t.slice(Math.max(0, m.start - 6), m.end + 4);
  const basisOf = (words: string[]): AgentBasis => (words.some((w) => w.startsWith('claim')) ? 'claimed' : words.some((w) => HEDGE_WORDS.has(w)) ? 'hedged' : 'stated');
  // Agent: subject of an attack verb, a few filler words apart ("ISWAP fighters have attacked").
  let j = m.end;
  while (j < t.length && j - m.end < 4 && FILLER.has(t[j])) j++;
  const next = t[j];
  const negated = t.slice(m.end, j + 1).some((w) => NEGATION.has(w));
  if (next && !negated && !t.slice(m.end, j).some((w) => PASSIVE.has(w))) {
    // "JNIM claimed responsibility", "ISWAP claimed the attack" (not "the army claimed it killed…").
    if ((next === 'claimed' || next === 'claims') && t.slice(j + 1, j + 4).some((w) => CLAIMED_OBJECT.has(w))) return { role: 'agent', weight: 1, basis: 'claimed' };
    // Ground taken: "M23 rebels captured the city of Uvira", "took control of the town".
    const object = t.slice(j + 1, j + 6);
    if (CAPTURE_VERBS.has(next) && object.some((w) => TERRITORY.has(w))) return { role: 'agent', weight: 1, basis: basisOf(window), capture: true };
    if (next === 'opened' && t[j + 1] === 'fire') return { role: 'agent', weight: 1, basis: basisOf(window) };
    if (ATTACK_VERBS.has(next)) return { role: 'agent', weight: 1, basis: basisOf(window) };
    if (KILL_VERBS.has(next)) return { role: 'agent', weight: 0.5, basis: basisOf(window) };
    if (ATTACK_NOUNS.has(next) && j - m.end <= 1) return { role: 'agent', weight: 1, basis: basisOf(window) };
  }
  // Passive: "the base was attacked", "soldiers were killed".
  if (next && t.slice(m.end, j).some((w) => PASSIVE.has(w)) && (ATTACK_VERBS.has(next) || KILL_VERBS.has(next))) {
    return { role: 'patient', weight: ATTACK_VERBS.has(next) ? 1 : 0.5, basis: 'stated' };
  }
  // Agent after "by": "attacks claimed by JNIM", "raid by suspected fighters of ISWAP".
  const before = t.slice(Math.max(0, m.start - 10), m.start);
  const by = before.lastIndexOf('by');
  if (by >= 0 && before.length - by <= 5 && !others.some((o) => o.start > m.start - (before.length - by) && o.end <= m.start && o.key !== m.key && o.key !== ARMED)) {
    const lead = before.slice(Math.max(0, by - 5), by);
    if (lead.some((w) => ATTACK_NOUNS.has(w) || BY_AGENT.has(w))) {
      return { role: 'agent', weight: 1, basis: basisOf([...lead, ...before.slice(by)]) };
    }
  }
  if (before.at(-1) === 'on' && before.at(-2) === 'blamed') return { role: 'agent', weight: 1, basis: 'hedged' };
  // Patient: "attacks on military posts", "attacked a military base", "killed 30 soldiers".
  const near = t.slice(Math.max(0, m.start - 5), m.start);
  for (let k = near.length - 1; k >= 0; k--) {
    const w = near[k];
    if (AGAINST.has(w) && k > 0 && (ATTACK_NOUNS.has(near[k - 1]) || ATTACK_VERBS.has(near[k - 1]))) return { role: 'patient', weight: 1, basis: 'stated' };
    if (ATTACK_VERBS.has(w) && !ATTACK_NOUNS.has(w)) return { role: 'patient', weight: 1, basis: 'stated' };
    if (KILL_VERBS.has(w)) return { role: 'patient', weight: 0.5, basis: 'stated' };
    if (w === 'by' || NEGATION.has(w)) break;
  }
  return null;
}

const emptyEvidence = (): RoleEvidence => ({ agent: 0, patient: 0, captured: new Set(), basis: { stated: new Set(), hedged: new Set(), claimed: new Set() } });

interface SentenceEvidence {
  byActor: Map<string, RoleEvidence>;
  generic: Record<string, RoleEvidence>;
  unnamedAttacker: boolean;
}

/** Sentence evidence per event: title, roles and type read it for the same reports and actors. */
const memo = new WeakMap<Profile[], { actors: EventActor[]; read: SentenceEvidence }>();

/** What the foreground sentences of the reports say of each actor (and of unnamed attackers and forces). */
function sentenceEvidence(profiles: Profile[], actors: EventActor[]): SentenceEvidence {
  const cached = memo.get(profiles);
  if (cached && cached.actors === actors) return cached.read;
  const forms = actorForms(actors);
  const byActor = new Map(actors.map((a) => [a.key, emptyEvidence()]));
  const generic = { [ARMED]: emptyEvidence(), [STATE]: emptyEvidence() } as Record<string, RoleEvidence>;
  let unnamedAttacker = false;
  for (const p of profiles) {
    for (const s of p.report.sentences) {
      if (p.background.has(s.id)) continue;
      const text = p.sentence(s.id);
      const seen = new Set<string>();
      // Read once as written and once without appositions ("JNIM, the al-Qaeda affiliate, claimed").
      for (const version of [text, text.replace(APPOSITION, ' ')]) {
        const t = tokens(version);
        const ms = mentionsIn(t, forms);
        const speech = t.findIndex((w) => SPEECH.has(w));
        const firstSpeech = speech < 0 ? Infinity : speech;
        for (const m of ms) {
          const found = relation(t, m, ms);
          if (!found || seen.has(`${m.key}|${found.role}`)) continue;
          // Inside someone's account ("the RSF said it responded to attacks by the army"): half weight.
          const reported = firstSpeech < m.start;
          const r = reported ? { ...found, weight: found.weight / 2, basis: found.basis === 'stated' ? ('hedged' as const) : found.basis } : found;
          seen.add(`${m.key}|${r.role}`);
          const e = byActor.get(m.key) ?? generic[m.key];
          if (!e) {
            if (m.key.startsWith('state:') && r.role === 'agent') unnamedAttacker = true;
            continue;
          }
          e[r.role] += r.weight;
          if (r.role === 'agent') e.basis[r.basis].add(p.report.id);
          if (r.capture && r.basis === 'stated') e.captured.add(p.report.id);
        }
      }
    }
  }
  const read = { byActor, generic, unnamedAttacker };
  memo.set(profiles, { actors, read });
  return read;
}

/**
 * Role evidence per actor key, from the foreground sentences of the reports and from the parties'
 * claims. `unnamedAttacker` is true when an attack is ascribed to a country that is no actor of the
 * event (then no armed group may be made the perpetrator by default).
 */
export function roleEvidence(profiles: Profile[], actors: EventActor[], claims: ClaimFact[], country: string | null): { byActor: Map<string, RoleEvidence>; unnamedAttacker: boolean } {
  const read = sentenceEvidence(profiles, actors);
  const copy = (e: RoleEvidence): RoleEvidence => ({
    agent: e.agent,
    patient: e.patient,
    captured: new Set(e.captured),
    basis: { stated: new Set(e.basis.stated), hedged: new Set(e.basis.hedged), claimed: new Set(e.basis.claimed) },
  });
  const byActor = new Map([...read.byActor].map(([k, e]) => [k, copy(e)]));
  const generic = { [ARMED]: copy(read.generic[ARMED]), [STATE]: copy(read.generic[STATE]) } as Record<string, RoleEvidence>;
  let unnamedAttacker = read.unnamedAttacker;
  // A party's own claims: responsibility weighs most; captured ground is an attacker's claim too.
  for (const c of claims) {
    if (c.background || c.stance !== 'assert' || !c.party) continue;
    const e = byActor.get(c.party);
    if (!e || (c.claimType !== 'responsibility' && c.claimType !== 'control')) continue;
    e.agent += (c.claimType === 'responsibility' ? 2 : 1) * c.reports.length;
    for (const r of c.reports) e.basis.claimed.add(r);
  }
  // Unnamed attackers and forces stand for the event's named ones: the armed group with the most
  // evidence of its own (else the most reported), the forces of the event's country.
  const armed = actors.filter((a) => a.kind === 'armed-group').sort((a, b) => byActor.get(b.key)!.agent - byActor.get(a.key)!.agent || b.reports.length - a.reports.length || cmp(a.key, b.key));
  const states = actors.filter((a) => a.kind === 'state-force' || a.kind === 'government');
  const stateActor = states.find((a) => a.country === country) ?? (states.length === 1 ? states[0] : undefined);
  for (const [key, target] of [[ARMED, armed[0]], [STATE, stateActor]] as const) {
    const g = generic[key];
    if (!target) {
      if (key === ARMED && g.agent > 0) unnamedAttacker = true;
      continue;
    }
    const e = byActor.get(target.key)!;
    e.agent += g.agent;
    e.patient += g.patient;
    // Unnamed forces of the country are the country's forces: what is said of them is stated of it.
    if (key === STATE) {
      for (const b of ['stated', 'hedged', 'claimed'] as const) for (const r of g.basis[b]) e.basis[b].add(r);
      for (const r of g.captured) e.captured.add(r);
    }
  }
  return { byActor, unnamedAttacker };
}

/** How the perpetrator is known: stated by reports in their own voice, only hedged, or only claimed. */
export function agentBasis(e: RoleEvidence | undefined): AgentBasis | null {
  if (!e) return null;
  if (e.basis.stated.size && e.basis.stated.size >= e.basis.claimed.size) return 'stated';
  if (e.basis.claimed.size) return 'claimed';
  if (e.basis.hedged.size) return 'hedged';
  return e.basis.stated.size ? 'stated' : null;
}
