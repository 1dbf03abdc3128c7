// Helpers shared by the lines of an event's bottom line (bottom-line.ts, bottom-line-toll.ts).
import type { Event, EventActor, Fact, LedgerEntry, SourceRef } from '../schemas/event.ts';
import { OWN_VOICE_NAME } from './facts.ts';
import type { Profile } from './profile.ts';
import { listText } from './text.ts';

/** What the bottom line reads: the event as consolidated, before it has a bottom line or an id. */
export type EventDraft = Omit<Event, 'id' | 'bottomLine'>;

/** An actor's short display name: its acronym when the name is long ("JNIM"). */
export function actorShortName(a: Pick<EventActor, 'name' | 'aliases'>): string {
  const acronym = a.aliases.find((x) => /^[\p{Lu}0-9-]{2,8}$/u.test(x));
  return a.name.length > 24 && acronym ? acronym : a.name;
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
export const sentenceEnd = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);
/** One reference per report and sentence, in the order given. */
export function distinctRefs(refs: Iterable<SourceRef | undefined>, max = 8): SourceRef[] {
  const seen = new Set<string>();
  const out: SourceRef[] = [];
  for (const r of refs) {
    if (!r || seen.has(`${r.reportId}#${r.sentenceId}`)) continue;
    seen.add(`${r.reportId}#${r.sentenceId}`);
    out.push(r);
  }
  return out.slice(0, max);
}

/** Every sentence of the event's reports, with what the bottom line needs to know of it. */
export interface SentenceInfo {
  profile: Profile;
  id: string;
  index: number;
  text: string;
  background: boolean;
}
export const allSentences = (profiles: Profile[]): SentenceInfo[] =>
  profiles.flatMap((p) =>
    p.report.sentences.map((s, index) => ({ profile: p, id: s.id, index, text: p.sentence(s.id), background: p.background.has(s.id) })),
  );

/** Each fact list's facts by id (the first of an id), built once per list (again if its length changes). */
const factsById = new WeakMap<readonly Fact[], { length: number; byId: Map<string, Fact> }>();
/** True when the figure is about an earlier incident. */
export function isBackground(e: EventDraft, l: LedgerEntry): boolean {
  let index = factsById.get(e.facts);
  if (!index || index.length !== e.facts.length) {
    const byId = new Map<string, Fact>();
    for (const f of e.facts) if (!byId.has(f.id)) byId.set(f.id, f);
    factsById.set(e.facts, (index = { length: e.facts.length, byId }));
  }
  return index.byId.get(l.factId)?.background ?? false;
}
/** ", according to A and B" for a figure's named claimants (the outlets' own voice is not a claimant). */
export function claimantsText(l: LedgerEntry): string {
  const names = [...new Set(l.claimedBy.map((c) => c.name).filter((n) => n !== OWN_VOICE_NAME))];
  // A line to repeat: three claimants at most, the rest counted.
  const shown = names.length > 3 ? [...names.slice(0, 2), `${names.length - 2} others`] : names;
  return shown.length ? `, according to ${listText(shown)}` : '';
}
