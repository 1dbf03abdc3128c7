// Consolidation steps made near-linear in the length of a text (issue 8) against the plain loops
// they replace, on generated inputs: the indexed versions must give exactly the same results.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventActor } from '../../src/schemas/event.ts';
import type { Place } from '../../src/schemas/entities.ts';
import type { Mention } from '../../src/schemas/provenance.ts';
import { createExtractor } from '../../src/extract/processor.ts';
import { lastActorFinder } from '../../src/consolidate/bottom-line-toll.ts';
import { bottomLine, mentions } from '../../src/consolidate/bottom-line.ts';
import * as beforeBottomLine from './linear-reference/bottom-line.ts';
import type { SentenceInfo } from '../../src/consolidate/bottom-line-common.ts';
import { incidentSites, missedPlaces } from '../../src/consolidate/place-roles.ts';
import { consolidatePlaces } from '../../src/consolidate/places.ts';
import { deletions } from '../../src/consolidate/spellings.ts';
import { profileReport, type Profile } from '../../src/consolidate/profile.ts';
import { editDistance, fold, nameKey, sortedUnique } from '../../src/consolidate/text.ts';
import type { Report } from '../../src/schemas/report.ts';
import * as before from './linear-reference/place-roles.ts';
import * as beforePlaces from './linear-reference/places.ts';
import * as beforeParties from './linear-reference/parties.ts';
import { PartyTable } from '../../src/consolidate/parties.ts';
import { personGroups } from '../../src/consolidate/person-names.ts';
import * as beforePersons from './linear-reference/person-names.ts';
import { findDiscrepancies } from '../../src/consolidate/discrepancies.ts';
import { wordingsDiffer } from '../../src/consolidate/discrepancies-wording.ts';
import * as beforeDiscrepancies from './linear-reference/discrepancies.ts';
import { buildEvent } from '../../src/consolidate/index.ts';
import { alignFigures } from '../../src/consolidate/figures.ts';
import * as beforeFigures from './linear-reference/figures.ts';
import type { EventContext } from '../../src/consolidate/facts.ts';
import type { Figure } from '../../src/schemas/statements.ts';
import { alignClaims } from '../../src/consolidate/claims.ts';
import * as beforeClaims from './linear-reference/claims.ts';
import { coverageMatrix, keyFacts } from '../../src/consolidate/coverage.ts';
import * as beforeCoverage from './linear-reference/coverage.ts';
import { figureStatements, statesFigure } from '../../src/consolidate/facts.ts';
import { eventType } from '../../src/consolidate/summary.ts';
import * as beforeSummary from './linear-reference/summary.ts';
import type { ClaimFact } from '../../src/schemas/event.ts';
import { roleEvidence } from '../../src/consolidate/roles.ts';
import { buildTimeline } from '../../src/consolidate/timeline.ts';
import * as beforeTimeline from './linear-reference/timeline.ts';
import * as beforeRoles from './linear-reference/roles.ts';
import { prng } from '../../scripts/lib/synthetic.ts';

/** Real reports: the seeds and the tuning fixtures, one folder an event (as the fixtures are read). */
const FOLDERS = ['seeds', 'tests/fixtures/events/tuning/texts', 'tests/fixtures/events/tuning-grouping/texts'];
let folders: Profile[][] = [];
beforeAll(async () => {
  const extractor = await createExtractor();
  folders = [];
  for (const dir of FOLDERS) {
    const profiles: Profile[] = [];
    for (const f of (await readdir(dir)).filter((x) => x.endsWith('.txt')).sort()) {
      const text = await readFile(join(dir, f), 'utf8');
      profiles.push(profileReport(extractor.extract(f, text), text));
    }
    folders.push(profiles);
  }
}, 120_000);

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

/**
 * A report of generated sentences, made through profileReport: `items` are what the sentences
 * name (a place, a person…), each with the entity it belongs to; the sentences are those items
 * between filler words.
 */
function syntheticProfile<T>(rand: Rand, id: string, items: T[], written: (item: T) => string, filler: readonly string[]): { profile: (report: Partial<Report>) => Profile; mentions: Map<T, { start: number; end: number; sentenceId: string }[]> } {
  let text = '';
  const sentences: Report['sentences'] = [];
  const mentions = new Map<T, { start: number; end: number; sentenceId: string }[]>();
  let n = 0;
  while (n < items.length || !sentences.length) {
    const start = text.length;
    const sentenceId = `${id}-s${sentences.length}`;
    const words = 2 + Math.floor(rand() * 10);
    for (let w = 0; w < words; w++) {
      if (text.length > start) text += ' ';
      if (n < items.length && rand() < 0.35) {
        const item = items[n++];
        const at = text.length;
        text += written(item);
        mentions.set(item, [...(mentions.get(item) ?? []), { start: at, end: text.length, sentenceId }]);
      } else text += pick(rand, filler);
    }
    text += '.';
    sentences.push({ id: sentenceId, start, end: text.length, paragraph: 0 });
    text += ' ';
  }
  const profile = (report: Partial<Report>) =>
    profileReport(
      { id, file: `${id}.txt`, title: '', titleSource: 'lead', summary: '', published: null, outlet: null, url: null, bodyStart: 0, sentences, eventDate: null, eventDateText: null, people: [], organizations: [], places: [], agencies: [], figures: [], quotes: [], claims: [], dates: [], warnings: [], ...report } as unknown as Report,
      text,
    );
  return { profile, mentions };
}

describe('place spellings merged (places)', () => {
  it('share a form with up to k letters deleted whenever they are k edits apart', () => {
    const rand = prng(5);
    const alphabet = 'abcé';
    for (let t = 0; t < 3000; t++) {
      const word = () => Array.from({ length: Math.floor(rand() * 9) }, () => pick(rand, [...alphabet])).join('');
      const [x, y] = [word(), word()];
      for (const k of [0, 1, 2]) {
        const shared = deletions(x, k).some((v) => deletions(y, k).includes(v));
        if (editDistance(x, y, 2) <= k) expect(shared, `${x} ${y} ${k}`).toBe(true);
      }
    }
  });

  // Chains ('Kyae' is a spelling of 'Kaye', itself one of 'Kayes'): a merged name draws others after it.
  const SPELLINGS = ['Kayes', 'Kaye', 'Kyae', 'Ykae', 'Kayess', 'Kyaes', 'Kays', 'Ksay', 'Binoli', 'Binolli', 'Bnioli', 'Sandere', 'Sandaré', 'Sandre', 'Gao', 'Gau', 'Djibo', 'Djiboo', 'Barsalogho', 'Barsalgho', 'Mali', 'Ma-li', 'Tillabéri', 'Tillaberi', 'Menaka', 'Ménaka'];
  const LOCATED = new Set(['Kayes', 'Gao', 'Djibo', 'Mali', 'Tillabéri', 'Menaka']);
  it('are those of the all-pairs loop', () => {
    for (let t = 0; t < 300; t++) {
      const rand = prng(t + 3);
      const profiles = Array.from({ length: 1 + Math.floor(rand() * 6) }, (_, r) => {
        const names = SPELLINGS.filter(() => rand() < 0.2);
        const items = names.flatMap((name) => Array.from({ length: 1 + Math.floor(rand() * 2) }, () => name));
        const made = syntheticProfile(rand, `r${r}`, items, (x) => x, ['attack', 'in', 'near', 'killed', 'and', 'residents', 'said']);
        const places = names.map((name, i) => ({
          id: `l${i}`,
          name,
          written: name,
          aliases: [],
          lat: LOCATED.has(name) ? 1 : null,
          lon: LOCATED.has(name) ? 1 : null,
          country: rand() < 0.8 ? 'ML' : null,
          admin1: rand() < 0.5 ? 'Kayes' : null,
          precision: name === 'Mali' ? 'country' : LOCATED.has(name) ? 'town' : pick(rand, ['town', 'unknown', 'admin'] as const),
          gazetteerId: LOCATED.has(name) ? `g:${nameKey(name)}` : null,
          mentions: made.mentions.get(name) ?? [],
        })) as unknown as Place[];
        return made.profile({ places });
      });
      const originOf = new Map(profiles.map((p, i) => [p.report.id, i % 2]));
      expect(JSON.stringify(consolidatePlaces(profiles, originOf), (_, v) => (v instanceof Map ? [...v] : v))).toEqual(
        JSON.stringify(beforePlaces.consolidatePlaces(profiles, originOf), (_, v) => (v instanceof Map ? [...v] : v)),
      );
    }
  });
});

describe('the bottom line', () => {
  it('is that of the plain loops on the fixture folders read as events', () => {
    for (const profiles of folders) {
      const e = buildEvent(profiles);
      // With the event's actors, and with every actor made a perpetrator.
      for (const actors of [e.actors, e.actors.map((a) => ({ ...a, role: 'perpetrator' as const }))]) {
        const draft = { ...e, actors };
        expect(JSON.stringify(bottomLine(draft, profiles))).toEqual(JSON.stringify(beforeBottomLine.bottomLine(draft, profiles)));
      }
    }
  });

  it('finds the sentences naming an actor as whole words, as one pattern per name does', () => {
    // Letters beyond the BMP ('𠀀', a surrogate pair), lone halves of one, an emoji (no letter), digits.
    const PIECES = ['jnim', 'al', 'qaida', 'é', 'ma', '𠀀', '\uD840', '\uDC00', '😀', '7', '-', ' ', ' ', 'x', 'm23', 'ā'];
    for (let t = 0; t < 400; t++) {
      const rand = prng(t + 83);
      const word = () => Array.from({ length: 1 + Math.floor(rand() * 4) }, () => pick(rand, PIECES)).join('');
      const actor = { name: word(), aliases: Array.from({ length: Math.floor(rand() * 6) }, word) } as EventActor;
      const sentences = Array.from({ length: 20 }, (_, i) => ({ id: `s${i}`, text: Array.from({ length: Math.floor(rand() * 8) }, word).join(pick(rand, [' ', '', ','])) }) as SentenceInfo);
      const forms = [actor.name, ...actor.aliases].map(fold).filter((f) => f.length >= 3);
      const naive = sentences.filter((s) => forms.some((f) => new RegExp(`(?<![\\p{L}\\p{N}])${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(fold(s.text))));
      expect(mentions(sentences, actor, (s) => fold(s.text)).map((s) => s.id)).toEqual(naive.map((s) => s.id));
    }
  });
});

describe('incident sites (place roles)', () => {
  const show = (sites: Set<Mention>) => [...sites].map((m) => `${m.sentenceId}@${m.start}-${m.end}`);
  const knownNamesOf = (profiles: Profile[]) => sortedUnique(profiles.flatMap((p) => p.report.places.filter((x) => x.precision !== 'country').flatMap((x) => [x.name, x.written])));

  it('are those of the plain loops on the seeds and fixtures', () => {
    let sites = 0;
    for (const profiles of folders) {
      const known = knownNamesOf(profiles);
      for (const p of profiles) {
        const now = incidentSites(p, known);
        expect(show(now)).toEqual(show(before.incidentSites(p, known)));
        sites += now.size;
      }
    }
    expect(sites).toBeGreaterThan(50);
  });

  it('miss the names the plain loops miss (names inside names, overlapping, repeated)', () => {
    const names = ['Kaya', 'Kaya Sud', 'Sud Kaya', 'Kaya Kaya', 'aya K', 'Sud', 'Su', "N'Djamena", 'Djamena', 'é Kaya', 'Kayé'];
    for (let t = 0; t < 400; t++) {
      const rand = prng(t + 11);
      const text = Array.from({ length: Math.floor(rand() * 30) }, () => pick(rand, [...names, 'and', ',', 'in'])).join(rand() < 0.5 ? ' ' : '');
      const mentions = Array.from({ length: Math.floor(rand() * 5) }, () => {
        const start = 100 + Math.floor(rand() * text.length);
        return { start, end: start + Math.floor(rand() * 12), sentenceId: 's' };
      });
      const known = sortedUnique(names.filter(() => rand() < 0.7));
      expect(missedPlaces(text, 100, 's', mentions, known)).toEqual(before.missedPlaces(text, 100, 's', mentions, known));
    }
  });

  const NAMES = ['Kaya', 'Kayes', 'Ségou', 'Segou', 'Djibo', 'Bamako', 'Mali', 'Gao', "N'Djamena", 'Sandere', 'Dansadau', 'Ka'];
  const WORDS = [
    'and', 'in', 'near', 'of', 'the', 'town', 'villages', 'northern', 'attacked', 'killed', 'gunfire', 'curfew', 'mourning', 'fled', 'to', 'refuge',
    'said', 'residents', 'a', 'survivor', 'shot', 'everyone', 'reinforcements', 'deployed', 'were', 'after', 'massacre', 'at',
  ];
  const PUNCT = [',', ';', ':', '(', ')', ' —', '.'];
  it('are those of the plain loops on generated sentences (missed names, overlapping mentions, quotations)', () => {
    for (let t = 0; t < 400; t++) {
      const rand = prng(t + 7);
      const sentences: { id: string; text: string; start: number }[] = [];
      const places: Place[] = [];
      let offset = 0;
      for (let s = 0; s < 1 + Math.floor(rand() * 4); s++) {
        const parts: string[] = [];
        const spans: [number, number][] = [];
        let length = 0;
        let open = false;
        for (let w = 0; w < 3 + Math.floor(rand() * 40); w++) {
          const r = rand();
          let piece = r < 0.3 ? pick(rand, NAMES) : r < 0.85 ? pick(rand, WORDS) : pick(rand, PUNCT);
          if (rand() < 0.08) {
            piece = open ? `${piece},”` : `“${piece}`;
            open = !open;
          }
          const at = length + (parts.length ? 1 : 0);
          if (r < 0.3) spans.push([at + (piece.startsWith('“') ? 1 : 0), at + piece.length]);
          parts.push(piece);
          length = at + piece.length;
        }
        const text = parts.join(' ');
        const id = `s${s}`;
        sentences.push({ id, text, start: offset });
        // Some occurrences are mentions (now and then one of two words, or a span a token overlaps), the others are missed.
        for (const [a, b] of spans) {
          if (rand() < 0.4) continue;
          const [start, end] = rand() < 0.1 ? [a, Math.min(text.length, b + 5)] : rand() < 0.05 ? [a + 1, b] : [a, b];
          const precision = pick(rand, ['town', 'town', 'unknown', 'admin', 'country', 'region'] as const);
          places.push({ name: text.slice(start, end), written: text.slice(start, end), precision, mentions: [{ start: offset + start, end: offset + end, sentenceId: id }] } as unknown as Place);
          if (rand() < 0.2) places.at(-1)!.mentions.push({ start: offset + start, end: offset + end, sentenceId: id });
        }
        offset += text.length + 1;
      }
      const byId = new Map(sentences.map((s) => [s.id, s]));
      const profile = {
        report: { places },
        sentence: (id: string) => byId.get(id)?.text ?? '',
        sentenceSpans: new Map(sentences.map((s) => [s.id, { start: s.start, end: s.start + s.text.length }])),
        lead: new Set(sentences.filter(() => rand() < 0.5).map((s) => s.id)),
      } as unknown as Profile;
      const known = sortedUnique([...NAMES.filter(() => rand() < 0.7), ...places.map((p) => p.name)]);
      expect(show(incidentSites(profile, known))).toEqual(show(before.incidentSites(profile, known)));
    }
  });
});

describe('parties (who states something)', () => {
  const json = (x: unknown) => JSON.stringify(x);
  it('resolve every claimant of the seeds and fixtures as the plain loops do', () => {
    let resolved = 0;
    for (const profiles of folders) {
      for (const country of [null, 'ML', 'NG']) {
        const now = new PartyTable(profiles, country);
        const was = new beforeParties.PartyTable(profiles, country);
        expect(json(now.actors)).toEqual(json(was.actors));
        for (const p of profiles) {
          const asks: (readonly [string | null, Parameters<PartyTable['resolve']>[2]])[] = [
            ...p.report.claims.map((c) => [c.by, c.byEntity] as const),
            ...p.report.quotes.map((q) => [q.speaker, q.speakerEntity] as const),
            ...p.report.figures.map((f) => [f.claimedBy, f.claimedByEntity] as const),
            // Every person's name and role as a phrase, without the entity.
            ...p.report.people.map((x) => [`${x.role ?? 'spokesman'} ${x.name}`, null] as const),
          ];
          for (const [name, ref] of asks) {
            expect(json(now.resolve(p, name, ref))).toEqual(json(was.resolve(p, name, ref)));
            resolved++;
          }
        }
      }
    }
    expect(resolved).toBeGreaterThan(1000);
  });

  it('find the first person of a report named in a phrase, as the loop over people does', () => {
    const SURNAMES = ['Ba', 'Bah', 'Diallo', 'Dial', 'Traoré', 'Traore', 'Keïta', 'Kei', 'Sy', 'Sylla', 'Cissé', 'Issé', "N'Diaye", 'Diaye'];
    for (let t = 0; t < 200; t++) {
      const rand = prng(t + 23);
      const people = Array.from({ length: Math.floor(rand() * 8) }, (_, i) => ({ id: `p${i}`, name: `${pick(rand, ['Amadou', 'Awa', 'Moussa'])} ${pick(rand, SURNAMES)}`, title: null, role: pick(rand, [null, 'spokesman', 'resident']), aliases: [], mentions: [] }));
      const made = syntheticProfile(rand, 'r0', [], (x: string) => x, ['said']);
      const profile = made.profile({ people } as Partial<Report>);
      const now = new PartyTable([profile], 'ML');
      const was = new beforeParties.PartyTable([profile], 'ML');
      for (let k = 0; k < 10; k++) {
        const phrase = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => pick(rand, [...SURNAMES, 'a local official', 'villager', 'said'])).join(pick(rand, [' ', '-', '']));
        expect(json(now.resolve(profile, phrase, null))).toEqual(json(was.resolve(profile, phrase, null)));
      }
    }
  });
});

describe('people merged across spellings (person names)', () => {
  type Groups = ReturnType<typeof personGroups>;
  const show = (groups: Groups) => JSON.stringify(groups.map((g) => ({ readings: g.readings.map((r) => `${r.profile.report.id}/${r.person.id}`), variants: g.variants })));
  it('are the groups of the plain loops on the seeds and fixtures', () => {
    for (const profiles of folders) {
      const originOf = new Map(profiles.map((p, i) => [p.report.id, i % 3]));
      expect(show(personGroups(profiles, originOf))).toEqual(show(beforePersons.personGroups(profiles, originOf)));
    }
  });

  const FIRST = ['Amadou', 'Awa', 'Moussa', 'Amadu'];
  const LAST = ['Traoré', 'Traore', 'Traoree', 'Taroré', 'Trore', 'Diallo', 'Dialo', 'Diallö', 'Sylla', 'Sylle', 'Syla', 'Keïta', 'Keita', 'Ba', 'Bâ'];
  it('are the groups of the plain loops on generated names (one letter apart, same report, single names)', () => {
    for (let t = 0; t < 300; t++) {
      const rand = prng(t + 31);
      const profiles = Array.from({ length: 1 + Math.floor(rand() * 5) }, (_, r) => {
        const people = Array.from({ length: Math.floor(rand() * 7) }, (_, i) => ({
          id: `p${i}`,
          name: rand() < 0.1 ? pick(rand, LAST) : `${pick(rand, FIRST)}${rand() < 0.2 ? ' Ould' : ''} ${pick(rand, LAST)}`,
          title: null,
          role: null,
          aliases: [],
          mentions: rand() < 0.9 ? [{ start: i, end: i + 1, sentenceId: `r${r}-s0` }] : [],
        }));
        return syntheticProfile(rand, `r${r}`, [], (x: string) => x, ['said']).profile({ people } as Partial<Report>);
      });
      const originOf = new Map(profiles.map((p, i) => [p.report.id, Math.floor(i / 2)]));
      expect(show(personGroups(profiles, originOf))).toEqual(show(beforePersons.personGroups(profiles, originOf)));
    }
  });
});

describe('discrepancies', () => {
  it('are those of the all-pairs loops, each fixture folder read as one event', () => {
    let found = 0;
    for (const profiles of folders) {
      const e = buildEvent(profiles);
      const originOf = new Map(e.reports.map((r) => [r.id, r.origin]));
      const { spellingNotes } = consolidatePlaces(profiles, originOf);
      for (const ledger of [e.ledger, undefined]) {
        const now = findDiscrepancies(profiles, e.places, spellingNotes, e.facts, ledger, originOf);
        expect(JSON.stringify(now)).toEqual(JSON.stringify(beforeDiscrepancies.findDiscrepancies(profiles, e.places, spellingNotes, e.facts, ledger, originOf)));
        found += now.length;
      }
    }
    expect(found).toBeGreaterThan(20);
  });

  it('tell wordings apart as the all-pairs test does', () => {
    const rand = prng(41);
    const naive = (values: string[]) => beforeDiscrepancies.wordingsDiffer(values);
    for (let t = 0; t < 2000; t++) {
      const base = Array.from({ length: 1 + Math.floor(rand() * 5) }, () => pick(rand, ['we', 'will', 'not', 'defence', 'defense', 'surrender', 'organised', 'organized'])).join(' ');
      const values = Array.from({ length: Math.floor(rand() * 6) }, () => {
        const ws = base.split(' ');
        const from = Math.floor(rand() * ws.length);
        return rand() < 0.7 ? ws.slice(from, from + 1 + Math.floor(rand() * ws.length)).join(' ') : `${base} ${pick(rand, ['now', 'we'])}`;
      });
      expect(wordingsDiffer(values)).toBe(naive(values));
    }
  });
});

describe('figures aligned', () => {
  const contextOf = (profiles: Profile[], origins = 2): EventContext => ({
    profiles,
    reportIds: profiles.map((p) => p.report.id).sort(),
    originOf: new Map(profiles.map((p, i) => [p.report.id, i % origins])),
    parties: new PartyTable(profiles, 'ML'),
  });
  it('are the clusters, facts and ledger rows of the all-pairs loops, each fixture folder read as one event', () => {
    let contested = 0;
    for (const profiles of folders) {
      const ctx = contextOf(profiles);
      const now = alignFigures(ctx);
      expect(JSON.stringify(now)).toEqual(JSON.stringify(beforeFigures.alignFigures(ctx)));
      contested += now.filter((r) => r.fact.contradictedBy.length).length;
    }
    expect(contested).toBeGreaterThan(5);
  });

  const UNITS = ['people', 'militants', 'fighters', 'soldiers', 'civilians', 'bodies', 'deaths', 'towns', 'villages', 'barracks', 'army barracks', 'vehicles', 'houses'];
  const SUBJECTS = ['killed', 'wounded', 'neutralised', 'captured', 'destroyed', 'attacked', 'affected', null];
  const QUALIFIERS = [null, null, 'more than', 'at least', 'about', 'up to', 'nearly', 'dozens'];
  it('are those of the all-pairs loops on generated figures (same values in other words, ranges, claimants, parts)', () => {
    let contested = 0;
    for (let t = 0; t < 200; t++) {
      const rand = prng(t + 53);
      const profiles = Array.from({ length: 1 + Math.floor(rand() * 5) }, (_, r) => {
        const specs = Array.from({ length: Math.floor(rand() * 14) }, () => {
          const qualifier = pick(rand, QUALIFIERS);
          const value = pick(rand, [3, 5, 7, 12, 80, 81]);
          return { qualifier, value, max: rand() < 0.1 ? value + 2 : null, unit: pick(rand, UNITS), subject: pick(rand, SUBJECTS), claimedBy: pick(rand, [null, null, 'the army', 'JNIM', 'residents']), before: pick(rand, ['', '', 'including ', 'another ']) };
        });
        const written = (x: (typeof specs)[number]) => `${x.before}${x.qualifier === 'dozens' ? 'dozens of' : `${x.qualifier ? `${x.qualifier} ` : ''}${x.value}`} ${x.unit} ${x.subject ?? 'counted'}`;
        const made = syntheticProfile(rand, `r${r}`, specs, written, ['the', 'toll', 'rose', 'in', 'attack', 'said', 'and']);
        const profile = made.profile({});
        const figures = specs.map((x) => {
          const m = made.mentions.get(x)![0];
          const start = m.start + x.before.length;
          const span = profile.sentenceSpans.get(m.sentenceId)!;
          return {
            sentenceId: m.sentenceId,
            sentenceStart: span.start,
            sentenceEnd: span.end,
            sentence: profile.sentence(m.sentenceId),
            value: x.value,
            max: x.max,
            qualifier: x.qualifier,
            approximate: x.qualifier === 'dozens',
            kind: rand() < 0.9 ? 'count' : 'percent',
            unit: x.unit,
            subject: x.subject,
            claimedBy: x.claimedBy,
            claimedByEntity: null,
            reportedBy: rand() < 0.1 ? 'AFP' : null,
            start,
            end: m.end - (x.subject ?? 'counted').length - 1,
          } as Figure;
        });
        return made.profile({ figures, titleSource: rand() < 0.3 ? 'headline' : 'lead' });
      });
      const ctx = contextOf(profiles, 3);
      const now = alignFigures(ctx);
      expect(JSON.stringify(now)).toEqual(JSON.stringify(beforeFigures.alignFigures(ctx)));
      contested += now.filter((r) => r.fact.contradictedBy.length).length;
    }
    expect(contested).toBeGreaterThan(20);
  });
});

describe('claims, key facts and the type of event', () => {
  const contextOf = (profiles: Profile[]): EventContext => ({
    profiles,
    reportIds: profiles.map((p) => p.report.id).sort(),
    originOf: new Map(profiles.map((p, i) => [p.report.id, i % 2])),
    parties: new PartyTable(profiles, 'ML'),
  });
  it('align claims as the plain loops do, contradictions included', () => {
    let contested = 0;
    const rand = prng(59);
    for (const folder of folders) {
      // As written, and with some claims turned into denials.
      for (const profiles of [folder, folder.map((p) => profileReport({ ...p.report, claims: p.report.claims.map((c) => (rand() < 0.3 ? { ...c, stance: 'deny' as const } : c)) }, p.text))]) {
        const ctx = contextOf(profiles);
        const now = alignClaims(ctx);
        expect(JSON.stringify(now)).toEqual(JSON.stringify(beforeClaims.alignClaims(ctx)));
        contested += now.filter((f) => f.contradictedBy.length).length;
      }
    }
    expect(contested).toBeGreaterThan(5);
  });

  it('leave out the statements of key figures as the loop over figures does', () => {
    for (const profiles of folders) {
      const e = buildEvent(profiles);
      expect(JSON.stringify(keyFacts(e.facts, e.ledger))).toEqual(JSON.stringify(beforeCoverage.keyFacts(e.facts, e.ledger)));
      expect(JSON.stringify(coverageMatrix(e.reportIds, e.facts, e.ledger, e.places))).toEqual(JSON.stringify(beforeCoverage.coverageMatrix(e.reportIds, e.facts, e.ledger, e.places)));
      // Any set of figures: stated by a statement when one of them is.
      const rand = prng(61);
      const figures = e.facts.filter((f) => f.kind === 'figure');
      for (let t = 0; t < 20; t++) {
        const some = [...figures.filter(() => rand() < 0.3), ...e.facts.filter(() => rand() < 0.02)];
        const states = figureStatements(some);
        for (const f of e.facts) expect(states(f)).toBe(some.some((k) => statesFigure(f, k)));
      }
    }
  });

  it('type the event as before, whoever denies what', () => {
    for (const profiles of folders) {
      const e = buildEvent(profiles);
      const rand = prng(67);
      for (let t = 0; t < 30; t++) {
        const parties = [null, ...e.actors.map((a) => a.key), 'org:other'];
        const claims: ClaimFact[] = e.facts
          .filter((f) => f.kind === 'claim')
          .map((f) => (rand() < 0.5 ? f : { ...f, stance: pick(rand, ['deny', 'assert', 'hedge'] as const), claimType: pick(rand, ['control', 'outcome', 'casualties'] as const), party: pick(rand, parties), background: rand() < 0.2, status: pick(rand, ['contested', 'agreed'] as const) }));
        expect(eventType(profiles, claims, e.counterClaims, e.actors, e.country)).toEqual(beforeSummary.eventType(profiles, claims, e.counterClaims, e.actors, e.country));
      }
    }
  });
});

describe('who attacked whom (roles)', () => {
  const show = (x: unknown) => JSON.stringify(x, (_, v) => (v instanceof Map ? [...v] : v instanceof Set ? [...v] : v));
  it('reads the sentences of the seeds and fixtures as the plain loops do', () => {
    for (const profiles of folders) {
      const e = buildEvent(profiles);
      const claims = e.facts.filter((f) => f.kind === 'claim');
      expect(show(roleEvidence(profiles, e.actors, claims, e.country))).toEqual(show(beforeRoles.roleEvidence(profiles, e.actors, claims, e.country)));
    }
  });

  const NAMES = ['Mali', 'Malian Army', 'Army of Mali', 'Mali army', 'JNIM', 'Jama at Nusrat', 'Jama at', 'Niger', 'Nigeria', 'Nigerian', 'Islamic State', 'Islamic State Sahel', 'State'];
  const WORDS = ['attacked', 'killed', 'by', 'on', 'said', 'the', 'base', 'fighters', 'troops', 'claimed', 'responsibility', 'was', 'were', 'militants', 'soldiers', 'attack', 'captured', 'town', ','];
  it('finds the longest name at each word, an actor before a country of the same length, on generated sentences', () => {
    for (let t = 0; t < 200; t++) {
      const rand = prng(t + 71);
      const actors = Array.from({ length: 1 + Math.floor(rand() * 5) }, (_, i) => ({
        key: pick(rand, ['state:ML', 'state:NE', 'org:jnim', 'org:is', `org:x${i}`]),
        name: pick(rand, NAMES),
        aliases: NAMES.filter(() => rand() < 0.15),
        kind: pick(rand, ['armed-group', 'state-force', 'government', 'other'] as const),
        country: pick(rand, ['ML', 'NE', null]),
        role: 'other',
        reports: ['r0'],
        sources: [],
      })) as EventActor[];
      const items = Array.from({ length: 30 }, () => (rand() < 0.4 ? pick(rand, NAMES) : pick(rand, WORDS)));
      const profile = syntheticProfile(rand, 'r0', items, (x) => x, WORDS).profile({});
      expect(show(roleEvidence([profile], actors, [], 'ML'))).toEqual(show(beforeRoles.roleEvidence([profile], actors, [], 'ML')));
    }
  });
});

describe('the timeline', () => {
  it('is that of the plain loops on the fixture folders read as events', () => {
    for (const profiles of folders) {
      const e = buildEvent(profiles);
      for (const [date, text] of [[e.date, e.dateText], [null, null], ['2024-07-02', 'on Tuesday']] as const) {
        expect(JSON.stringify(buildTimeline(profiles, date, text))).toEqual(JSON.stringify(beforeTimeline.buildTimeline(profiles, date, text)));
      }
    }
  });
});
