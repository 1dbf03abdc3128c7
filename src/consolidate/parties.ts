// Parties of an event: organizations merged across reports, and resolution of whoever a figure,
// claim or quote is attributed to ("the army", "Mali's military", "the group", a spokesperson)
// to one of them. A country's forces and government are one party (`state:<ISO2>`).
import countries from 'world-countries';
import type { EntityRef } from '../schemas/statements.ts';
import type { EventActor } from '../schemas/event.ts';
import type { Profile } from './profile.ts';
import { sourceRef } from './profile.ts';
import { ARMED_WORDS, STATE_WORDS, WITNESS_WORDS } from './lexicon.ts';
import { cmp, fold, mode, nameKey, sortedUnique } from './text.ts';

export interface Party {
  key: string;
  name: string;
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

export class PartyTable {
  readonly actors: EventActor[] = [];
  /** Main country of the event (where it happened), or null. */
  readonly country: string | null;
  private byForm = new Map<string, string>();
  private byOrg = new Map<string, string>();
  private byPerson = new Map<string, Party>();

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
        for (const f of [org.key, org.name, org.acronym ?? '', ...org.aliases].map(nameKey)) if (f.length >= 2) this.byForm.set(f, key);
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
    // A state party's display name: prefer a proper name of its forces over a bare "army".
    for (const a of this.actors) {
      if (!a.key.startsWith('state:')) continue;
      const proper = a.aliases.filter((n) => /^\p{Lu}/u.test(n) && n.split(/\s+/).length >= 2);
      if (proper.length && !/^\p{Lu}/u.test(a.name)) a.name = proper[0];
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

  private party(key: string): Party {
    const a = this.actor(key);
    if (a) return { key, name: shortName(a), kind: a.kind };
    const code = key.startsWith('state:') ? key.slice(6) : null;
    return { key, name: code ? `${countryName(code) ?? code} authorities` : key, kind: code ? 'state-force' : 'unknown' };
  }

  /** The armed group most present in the event, when there is one. */
  mainArmedGroup(): EventActor | undefined {
    const groups = this.actors.filter((a) => a.kind === 'armed-group');
    return [...groups].sort((a, b) => b.reports.length - a.reports.length || cmp(a.key, b.key))[0];
  }

  private partyOfPersonRole(role: string, title: string): Party | null {
    const text = `${title} ${role}`;
    if (!text.trim()) return null;
    const named = this.formIn(text);
    if (named) return this.party(named);
    if (WITNESS_WORDS.test(text) && !STATE_WORDS.test(text)) return { key: 'witnesses', name: 'Residents and witnesses', kind: 'civilian' };
    if (STATE_WORDS.test(text) || /\b(colonel|general|major|captain|lieutenant|commander|minister|spokes(?:man|woman|person))\b/i.test(text)) {
      const code = countryIn(text) ?? this.country;
      if (code && (STATE_WORDS.test(text) || /\b(colonel|general|major|captain|lieutenant)\b/i.test(title))) return this.party(`state:${code}`);
    }
    return null;
  }

  /** The party whose name, acronym or alias is a run of words of `text` (longest match), or null. */
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
    return best ? this.byForm.get(best)! : null;
  }

  /** Resolves who states something. Null for the outlet's own voice or an unknown source. */
  resolve(profile: Profile, name: string | null, ref: EntityRef | null): Party | null {
    if (ref?.type === 'organization') {
      const key = this.byOrg.get(`${profile.report.id}|${ref.id}`);
      if (key) return this.party(key);
    }
    if (ref?.type === 'person') {
      const party = this.byPerson.get(`${profile.report.id}|${ref.id}`);
      if (party) return party;
      const person = profile.report.people.find((x) => x.id === ref.id);
      if (person) return { key: `person:${nameKey(person.name)}`, name: person.name, kind: 'person' };
    }
    if (!name) return null;
    // A named organization inside the phrase ("JNIM", "the Malian Armed Forces (FAMa)"): longest form wins.
    const best = this.formIn(name);
    if (best) return this.party(best);
    // A person of this report named in the phrase ("army spokesman Onyema Nwachukwu").
    for (const person of profile.report.people) {
      const surname = nameKey(person.name.split(/\s+/).at(-1) ?? '');
      if (surname.length >= 3 && nameKey(name).includes(surname)) {
        return this.byPerson.get(`${profile.report.id}|${person.id}`) ?? { key: `person:${nameKey(person.name)}`, name: person.name, kind: 'person' };
      }
    }
    if (WITNESS_WORDS.test(name) && !STATE_WORDS.test(name)) return { key: 'witnesses', name: 'Residents and witnesses', kind: 'civilian' };
    if (STATE_WORDS.test(name)) {
      const code = countryIn(name) ?? this.country;
      if (code) return this.party(`state:${code}`);
    }
    if (ARMED_WORDS.test(name)) {
      const group = this.mainArmedGroup();
      if (group) return this.party(group.key);
    }
    for (const person of profile.report.people) {
      if (nameKey(person.name) === nameKey(name)) return { key: `person:${nameKey(person.name)}`, name: person.name, kind: 'person' };
    }
    return { key: `source:${nameKey(name)}`, name, kind: 'unknown' };
  }
}
