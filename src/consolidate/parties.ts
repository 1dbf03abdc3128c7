// Parties of an event: organizations merged across reports, and resolution of whoever a figure,
// claim or quote is attributed to ("the army", "Mali's military", "the group", a spokesperson)
// to one of them. A country's forces and government are one party (`state:<ISO2>`).
import { WORLD_COUNTRIES as countries } from '../geo/world-countries.ts';
import type { EntityRef } from '../schemas/statements.ts';
import type { Organization } from '../schemas/entities.ts';
import type { EventActor } from '../schemas/event.ts';
import type { Profile } from './profile.ts';
import { sourceRef } from './profile.ts';
import { ARMED_WORDS, BODY_HEADS, FORCE_WORDS, GOVERNMENT_WORDS, MEMBER_HEAD, OWN_RIGHT, OWN_VOICE, POLICE_WORDS, STATE_WORDS, WITNESS_WORDS } from './lexicon.ts';
import { cmp, fold, mode, nameKey, sortedUnique } from './text.ts';

/**
 * Who states something. `key` is the side it belongs to (`state:ML`, `org:jnim`, `witnesses`,
 * `person:…`, `source:…`); `name` is the claimant as the sentence names it (the body it names,
 * the person with their role, or the phrase as written: "Residents and local officials");
 * `body` is the organization it speaks for when it is linked to one ("Government of Mali" for
 * "a government spokesperson"), else null.
 */
export interface Party {
  key: string;
  name: string;
  body: string | null;
  kind: EventActor['kind'] | 'person' | 'civilian' | 'unknown';
}

// Country names and demonyms, folded, to read "Malian army" / "Mali's military" as state:ML.
const COUNTRY_WORDS: [RegExp, string, string][] = countries
  .map((c) => {
    const forms = new Set([c.name.common, ...Object.values(c.demonyms ?? {}).flatMap((d) => [d.m, d.f])].filter(Boolean).map((f) => fold(f)));
    const alternation = [...forms].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    return [new RegExp(`\\b(?:${alternation})\\b`), c.cca2, c.name.common] as [RegExp, string, string];
  });

/** An organization's acronym when its name is long ("JNIM" for "Jama'at Nusrat al-Islam wal Muslimin"). */
export function shortName(a: Pick<EventActor, 'name' | 'aliases'>): string {
  const acronym = a.aliases.find((x) => /^[\p{Lu}0-9-]{2,8}$/u.test(x) && x !== a.name);
  return a.name.length > 20 && acronym ? acronym : a.name;
}

const DESCRIPTORS = new Set(['rebels', 'fighters', 'militants', 'insurgents', 'jihadists', 'militia', 'militiamen', 'group', 'movement', 'gunmen']);

/**
 * The word the reports most often put right after an armed group's name ("M23 rebels"), or null.
 * `orgsByName`: each report's organizations by folded name.
 */
function armedDescriptor(profiles: Profile[], a: EventActor, orgsByName: Map<Profile, Map<string, Organization[]>>): string | null {
  const counts = new Map<string, number>();
  const forms = new Set(a.aliases.map((x) => fold(x)));
  for (const p of profiles) {
    if (!p.text || !a.reports.includes(p.report.id)) continue;
    // Each organization has one folded name: the sum over forms counts each once.
    for (const form of forms) {
      for (const org of orgsByName.get(p)?.get(form) ?? []) {
        for (const m of org.mentions) {
          const next = /^\s+([A-Za-z]+)/.exec(p.text.slice(m.end, m.end + 20))?.[1]?.toLowerCase();
          if (next && DESCRIPTORS.has(next)) counts.set(next, (counts.get(next) ?? 0) + 1);
        }
      }
    }
  }
  return [...counts].sort((x, y) => y[1] - x[1] || cmp(x[0], y[0]))[0]?.[0] ?? null;
}

/** The side of residents, witnesses and other local voices. */
const WITNESSES = 'Residents and witnesses';

/**
 * An organization's full name with its acronym ("Kenya National Commission on Human Rights
 * (KNCHR)"), so that either way of naming it is read; a bare acronym gets its written-out name.
 */
export function fullName(a: Pick<EventActor, 'name' | 'aliases'>): string {
  const isAcronym = (x: string) => /^[\p{Lu}0-9-]{2,8}$/u.test(x);
  if (isAcronym(a.name)) {
    const long = a.aliases.filter((x) => x.split(/\s+/).length >= 2 && !isAcronym(x)).sort((x, y) => y.length - x.length)[0];
    return long ? `${long} (${a.name})` : a.name;
  }
  const acronym = a.aliases.find((x) => isAcronym(x) && x !== a.name);
  return a.name.length > 20 && acronym && !a.name.includes(acronym) ? `${a.name} (${acronym})` : a.name;
}

export const countryName = (code: string | null): string | null => (code ? (COUNTRY_WORDS.find((c) => c[1] === code)?.[2] ?? null) : null);

function countryIn(text: string): string | null {
  const f = fold(text);
  for (const [re, code] of COUNTRY_WORDS) if (re.test(f)) return code;
  return null;
}

interface Member {
  profile: Profile;
  orgIndex: number;
}

interface StateOrg {
  orgKey: string;
  name: string;
  kind: EventActor['kind'];
  country: string;
  reports: number;
}

type Person = Profile['report']['people'][number];

interface ReportEntities {
  orgById: Map<string, Organization>;
  personById: Map<string, Person>;
  /** People by the first three letters of their surname's key (three letters or more), each surname once with its first person. */
  bySurname: Map<number, { surname: string; index: number }[]>;
}

/** Three UTF-16 units of a string at an offset, as one number. */
const key3 = (s: string, at: number) => s.charCodeAt(at) * 4294967296 + s.charCodeAt(at + 1) * 65536 + s.charCodeAt(at + 2);

export class PartyTable {
  readonly actors: EventActor[] = [];
  /** Main country of the event (where it happened), or null. */
  readonly country: string | null;
  private byForm = new Map<string, string>();
  private byOrg = new Map<string, string>();
  private byPerson = new Map<string, Party>();
  /** What the reports call an armed group right after its name ("rebels" in "M23 rebels"), by party key. */
  private descriptors = new Map<string, string | null>();
  /** Each organization's own name across reports, by entity key: a state party's bodies keep their names ("Government of Mali"). */
  private orgNames = new Map<string, string>();
  private formOrgKey = new Map<string, string>();
  /** The state bodies named in the event (forces, police, government, ministries), most reported first. */
  private stateOrgs: StateOrg[] = [];
  /** The first of `stateOrgs` by entity key, and `stateOrgs` by country (in their order). */
  private stateOrgByKey = new Map<string, StateOrg>();
  private stateOrgsByCountry = new Map<string, StateOrg[]>();
  /** Each report's organizations and people by id (the first of an id), and its people by surname. */
  private entities = new WeakMap<Profile, ReportEntities>();
  /** A party's name, body and kind by key (see `party`). */
  private parties = new Map<string, Omit<Party, 'key'>>();
  private mainArmed: { actors: number; group: EventActor | undefined } | null = null;

  constructor(profiles: Profile[], country: string | null) {
    this.country = country;
    // Merge organizations across reports: state bodies by country, others by a shared name form.
    const groups = new Map<string, Member[]>();
    const formOwner = new Map<string, string>();
    for (const p of profiles) {
      p.report.organizations.forEach((org, orgIndex) => {
        const forms = [org.key, org.name, org.acronym ?? '', ...org.aliases].map(nameKey).filter((f) => f.length >= 2);
        let key: string | undefined;
        if ((org.kind === 'state-force' || org.kind === 'government') && (org.country ?? countryIn(org.name) ?? country)) {
          key = `state:${org.country ?? countryIn(org.name) ?? country}`;
        } else key = forms.map((f) => formOwner.get(f)).find((k) => k !== undefined) ?? `org:${nameKey(org.acronym ?? org.key ?? org.name)}`;
        for (const f of forms) if (!formOwner.has(f)) formOwner.set(f, key);
        const list = groups.get(key) ?? [];
        list.push({ profile: p, orgIndex });
        groups.set(key, list);
      });
    }
    for (const [key, members] of [...groups].sort((a, b) => cmp(a[0], b[0]))) {
      const orgs = members.map((m) => m.profile.report.organizations[m.orgIndex]);
      const stateForce = orgs.filter((o) => o.kind === 'state-force');
      const named = mode((stateForce.length ? stateForce : orgs).map((o) => o.name));
      const kind = mode(orgs.map((o) => o.kind))!;
      const sources = [];
      const reports = new Set<string>();
      for (const m of members) {
        const org = m.profile.report.organizations[m.orgIndex];
        for (const f of [org.key, org.name, org.acronym ?? '', ...org.aliases].map(nameKey)) {
          if (f.length < 2) continue;
          this.byForm.set(f, key);
          this.formOrgKey.set(f, org.key);
        }
        this.byOrg.set(`${m.profile.report.id}|${org.id}`, key);
        if (!reports.has(m.profile.report.id) && org.mentions[0]) {
          const men = org.mentions[0];
          sources.push(sourceRef(m.profile, men.sentenceId, men.start, men.end, m.profile.text?.slice(men.start, men.end) ?? org.name));
        }
        reports.add(m.profile.report.id);
      }
      this.actors.push({
        key,
        name: named ?? key,
        kind: key.startsWith('state:') ? (stateForce.length ? 'state-force' : 'government') : kind,
        country: key.startsWith('state:') ? key.slice(6) : (mode(orgs.map((o) => o.country ?? '')) || null),
        role: 'other',
        aliases: sortedUnique(orgs.flatMap((o) => [o.name, ...(o.acronym ? [o.acronym] : []), ...o.aliases])),
        reports: sortedUnique(reports),
        sources: sources.sort((a, b) => cmp(a.reportId, b.reportId)),
      });
    }
    // An armed group known only by its acronym is named with what the reports call it ("M23 rebels").
    const orgsByName = new Map<Profile, Map<string, Organization[]>>();
    if (this.actors.some((a) => a.kind === 'armed-group')) {
      for (const p of profiles) {
        const byName = new Map<string, Organization[]>();
        for (const org of p.report.organizations) {
          const k = fold(org.name);
          const list = byName.get(k);
          if (list) list.push(org);
          else byName.set(k, [org]);
        }
        orgsByName.set(p, byName);
      }
    }
    for (const a of this.actors) if (a.kind === 'armed-group') this.descriptors.set(a.key, armedDescriptor(profiles, a, orgsByName));
    // A state party's display name: prefer a proper name of its forces over a bare "army".
    for (const a of this.actors) {
      if (!a.key.startsWith('state:')) continue;
      const proper = a.aliases.filter((n) => /^\p{Lu}/u.test(n) && n.split(/\s+/).length >= 2);
      if (proper.length && !/^\p{Lu}/u.test(a.name)) a.name = proper[0];
    }
    const namesByOrg = new Map<string, string[]>();
    const aliasesByOrg = new Map<string, string[]>();
    const stateReports = new Map<string, Set<string>>();
    for (const p of profiles) {
      for (const org of p.report.organizations) {
        const names = namesByOrg.get(org.key);
        if (names) names.push(org.name);
        else namesByOrg.set(org.key, [org.name]);
        const aliases = aliasesByOrg.get(org.key);
        if (aliases) aliases.push(...(org.acronym ? [org.acronym] : []), ...org.aliases);
        else aliasesByOrg.set(org.key, [...(org.acronym ? [org.acronym] : []), ...org.aliases]);
        const key = this.byOrg.get(`${p.report.id}|${org.id}`);
        if (key?.startsWith('state:')) stateReports.set(`${key}|${org.key}|${org.kind}`, (stateReports.get(`${key}|${org.key}|${org.kind}`) ?? new Set()).add(p.report.id));
      }
    }
    for (const [orgKey, names] of namesByOrg) this.orgNames.set(orgKey, fullName({ name: mode(names)!, aliases: aliasesByOrg.get(orgKey) ?? [] }));
    for (const [k, reports] of stateReports) {
      const [key, orgKey, kind] = k.split('|');
      this.stateOrgs.push({ orgKey, name: this.orgNames.get(orgKey)!, kind: kind as EventActor['kind'], country: key.slice(6), reports: reports.size });
    }
    this.stateOrgs.sort((a, b) => b.reports - a.reports || cmp(a.name, b.name));
    for (const o of this.stateOrgs) {
      if (!this.stateOrgByKey.has(o.orgKey)) this.stateOrgByKey.set(o.orgKey, o);
      const list = this.stateOrgsByCountry.get(o.country);
      if (list) list.push(o);
      else this.stateOrgsByCountry.set(o.country, [o]);
    }
    for (const p of profiles) {
      for (const person of p.report.people) {
        const party = this.partyOfPersonRole(person.role ?? '', person.title ?? '');
        if (party) this.byPerson.set(`${p.report.id}|${person.id}`, party);
      }
    }
  }

  private byKey = new Map<string, EventActor>();

  actor(key: string): EventActor | undefined {
    if (this.byKey.size !== this.actors.length) this.byKey = new Map(this.actors.map((a) => [a.key, a]));
    return this.byKey.get(key);
  }

  /** The party of a key, named by its actor (a state party by its forces, else "<country> authorities"). A new object each time. */
  private party(key: string): Party {
    let p = this.parties.get(key);
    if (!p) {
      const { key: _, ...rest } = this.partyOf(key);
      this.parties.set(key, (p = rest));
    }
    return { key, ...p };
  }

  private partyOf(key: string): Party {
    const a = this.actor(key);
    if (a) {
      const full = fullName(a);
      const descriptor = this.descriptors.get(key);
      const name = descriptor && full === a.name && !fold(full).includes(descriptor) ? `${full} ${descriptor}` : full;
      return { key, name, body: shortName(a), kind: a.kind };
    }
    const code = key.startsWith('state:') ? key.slice(6) : null;
    const name = code ? `${countryName(code) ?? code} authorities` : key;
    return { key, name, body: code ? name : null, kind: code ? 'state-force' : 'unknown' };
  }

  /** The party of an organization (by entity key or name form), named as that organization itself. */
  private orgParty(key: string, orgKey: string | undefined): Party {
    const party = this.party(key);
    if (!key.startsWith('state:') || !orgKey) return party;
    // A state party's bodies keep their own names: the government is not its army.
    const own = this.orgNames.get(orgKey);
    const kind = this.stateOrgByKey.get(orgKey)?.kind ?? party.kind;
    return own ? { key, name: own, body: own, kind } : party;
  }

  /** The armed group most present in the event, when there is one. */
  mainArmedGroup(): EventActor | undefined {
    // Read once (again if actors were added): the order does not depend on the actors' order.
    if (this.mainArmed?.actors !== this.actors.length) {
      const groups = this.actors.filter((a) => a.kind === 'armed-group');
      this.mainArmed = { actors: this.actors.length, group: [...groups].sort((a, b) => b.reports.length - a.reports.length || cmp(a.key, b.key))[0] };
    }
    return this.mainArmed.group;
  }

  /** Which of a state's bodies a phrase names: its police, its forces or its government; null when none of the event's. */
  private stateBody(code: string, text: string): { name: string; kind: EventActor['kind'] } | null {
    const orgs = this.stateOrgsByCountry.get(code) ?? [];
    const police = (o: { name: string }) => /\b(?:police|gendarm\w*)\b/i.test(o.name);
    if (POLICE_WORDS.test(text)) return orgs.find(police) ?? null;
    if (FORCE_WORDS.test(text)) return orgs.find((o) => o.kind === 'state-force' && !police(o)) ?? null;
    if (GOVERNMENT_WORDS.test(text)) return orgs.find((o) => o.kind === 'government' && /\b(?:government|presiden\w*|junta|council|cabinet|administration|authorities)\b/i.test(o.name)) ?? null;
    return null;
  }

  /** The side of a state body named by common nouns; named as that body when the phrase is the body itself ("the army"). */
  private stateParty(code: string, written: string, core: string): Party {
    const body = this.stateBody(code, core);
    const kind = body?.kind ?? (FORCE_WORDS.test(core) || POLICE_WORDS.test(core) ? 'state-force' : 'government');
    const isBody = BODY_HEADS.test(core.trim());
    return { key: `state:${code}`, name: isBody && body ? body.name : written, body: body?.name ?? null, kind };
  }

  private partyOfPersonRole(role: string, title: string): Party | null {
    const text = `${title} ${role}`;
    if (!text.trim()) return null;
    const named = this.formIn(text);
    if (named) return this.orgParty(this.byForm.get(named)!, this.formOrgKey.get(named));
    if (WITNESS_WORDS.test(text) && !STATE_WORDS.test(text)) return { key: 'witnesses', name: text.trim(), body: WITNESSES, kind: 'civilian' };
    if (OWN_RIGHT.test(text)) return null;
    // A military rank makes an officer of the state's forces; "Secretary-General" or "Attorney General" does not.
    const rank = /\b(colonel|general|major|captain|lieutenant)\b/i.test(title.replace(/\b(?:secretary|attorney|inspector|director|solicitor|governor|surgeon|consul)[- ]general\b/gi, ''));
    if (STATE_WORDS.test(text) || rank || /\b(commander|minister|spokes(?:man|woman|person))\b/i.test(text)) {
      const code = countryIn(text) ?? this.country;
      if (code && (STATE_WORDS.test(text) || rank)) return this.stateParty(code, text, text);
    }
    return null;
  }

  /** A person as claimant: named with their role ("Serhiy Lysak (regional governor)"), on the side their role names. */
  private personParty(profile: Profile, person: Profile['report']['people'][number]): Party {
    const side = this.byPerson.get(`${profile.report.id}|${person.id}`);
    const role = person.role ?? person.title ?? '';
    const name = role && role.split(/\s+/).length <= 6 ? `${person.name} (${role})` : person.name;
    return side ? { ...side, name } : { key: `person:${nameKey(person.name)}`, name, body: null, kind: 'person' };
  }

  /** The party whose name, acronym or alias is a run of words of `text` (longest match): its name form, or null. */
  private formIn(text: string): string | null {
    const ws = fold(text).match(/[a-z0-9]+/g) ?? [];
    let best: string | null = null;
    for (let i = 0; i < ws.length; i++) {
      let run = '';
      for (let j = i; j < Math.min(ws.length, i + 8); j++) {
        run += ws[j];
        if (run.length >= 3 && this.byForm.has(run) && (!best || run.length > best.length)) best = run;
      }
    }
    return best;
  }

  /** A report's entities by id and people by surname, read once. */
  private entitiesOf(profile: Profile): ReportEntities {
    let e = this.entities.get(profile);
    if (!e) {
      const orgById = new Map<string, Organization>();
      for (const o of profile.report.organizations) if (!orgById.has(o.id)) orgById.set(o.id, o);
      const personById = new Map<string, Person>();
      const bySurname = new Map<number, { surname: string; index: number }[]>();
      const surnames = new Set<string>();
      profile.report.people.forEach((person, index) => {
        if (!personById.has(person.id)) personById.set(person.id, person);
        const surname = nameKey(person.name.split(/\s+/).at(-1) ?? '');
        if (surname.length < 3 || surnames.has(surname)) return;
        surnames.add(surname);
        const k = key3(surname, 0);
        const list = bySurname.get(k);
        if (list) list.push({ surname, index });
        else bySurname.set(k, [{ surname, index }]);
      });
      this.entities.set(profile, (e = { orgById, personById, bySurname }));
    }
    return e;
  }

  /** The first of a report's people (in report order) whose surname's key is in `key`, or null. */
  private personIn(profile: Profile, key: string): Person | null {
    const { bySurname } = this.entitiesOf(profile);
    let first = -1;
    for (let at = 0; at + 3 <= key.length; at++) {
      for (const { surname, index } of bySurname.get(key3(key, at)) ?? []) {
        if ((first < 0 || index < first) && key.startsWith(surname, at)) first = index;
      }
    }
    return first < 0 ? null : profile.report.people[first];
  }

  /**
   * Resolves who states something, as the sentence names it; null for the outlet's own voice
   * ("Reports indicate…") or an unknown source. A claimant is linked to a party only when it is
   * that party or speaks for it (its spokesperson, "the general staff" for the army); residents,
   * local officials, hospitals and NGOs are claimants in their own right, never another party.
   */
  resolve(profile: Profile, name: string | null, ref: EntityRef | null): Party | null {
    if (name && OWN_VOICE.test(name.trim())) return null;
    const written = name?.trim().replace(/[\s,;:]+$/, '') ?? '';
    // Only the phrase before a preposition that does not make it a member can name a body:
    // "a local politician on Facebook" is not Facebook, "authorities in Kayes" are not Kayes.
    const core = written.split(/\s+(?:on|in|at|near|with|via|inside|outside|across|around|from)\s+/i)[0];
    // "a U.N. security source", "JNIM fighters": one of the body's people speaks, named as written.
    const member = MEMBER_HEAD.test(core.replace(/\s*\([^)]*\)\s*$/, ''));
    const asWritten = (p: Party): Party => (member && written ? { ...p, name: written } : p);
    if (ref?.type === 'organization') {
      const key = this.byOrg.get(`${profile.report.id}|${ref.id}`);
      const org = this.entitiesOf(profile).orgById.get(ref.id);
      if (key) return asWritten(this.orgParty(key, org?.key));
    }
    if (ref?.type === 'person') {
      const person = this.entitiesOf(profile).personById.get(ref.id);
      if (person) return this.personParty(profile, person);
    }
    if (!name) return null;
    const form = this.formIn(core);
    if (form) return asWritten(this.orgParty(this.byForm.get(form)!, this.formOrgKey.get(form)));
    // A person of this report named in the phrase ("army spokesman Onyema Nwachukwu"): the first
    // of the report's people whose surname is in it.
    const named = this.personIn(profile, nameKey(core));
    if (named) return this.personParty(profile, named);
    // Residents and witnesses speak for themselves, also beside local officials ("residents and officials").
    if (WITNESS_WORDS.test(core) && !FORCE_WORDS.test(core) && !POLICE_WORDS.test(core) && !GOVERNMENT_WORDS.test(core)) return { key: 'witnesses', name: written, body: WITNESSES, kind: 'civilian' };
    if (OWN_RIGHT.test(core)) return { key: `source:${nameKey(written)}`, name: written, body: null, kind: 'civilian' };
    if (STATE_WORDS.test(core)) {
      const code = countryIn(core) ?? this.country;
      if (code) return this.stateParty(code, written, core);
    }
    if (ARMED_WORDS.test(core)) {
      const group = this.mainArmedGroup();
      if (group) return { key: group.key, name: written, body: shortName(group), kind: 'armed-group' };
    }
    return { key: `source:${nameKey(written)}`, name: written, body: null, kind: 'unknown' };
  }
}
