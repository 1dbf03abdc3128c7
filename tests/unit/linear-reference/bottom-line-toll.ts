// As it was before issue 8 made it near-linear: the reference the indexed version is tested against.
// The toll line of the bottom line: casualty figures with claimant, range and wordings, and the
// caveats that travel with them — outcome words that do not say what happened ("neutralised"),
// differences between reports, self-reported figures, and casualties reports say were not released.
import type { BottomLineItem, Discrepancy, EventActor, LedgerEntry, SourceRef } from '../../../src/schemas/event.ts';
import { actorShortName, cap, claimantsText, distinctRefs, isBackground, plural, type EventDraft, type SentenceInfo } from '../../../src/consolidate/bottom-line-common.ts';
import { subjectClass, UNIT_CLASSES, unitClass } from '../../../src/consolidate/lexicon.ts';
import { sourceRef } from '../../../src/consolidate/profile.ts';
import { cmp, fold, listText } from '../../../src/consolidate/text.ts';

const PEOPLE = new Set(['combatants', 'security', 'civilians']);
const CASUALTY_ORDER = ['killed', 'neutralised', 'wounded', 'missing', 'captured'];
/** Outcome words that do not say what happened to the people counted. */
const AMBIGUOUS_OUTCOMES: [RegExp, string][] = [
  [/neutrali[sz]/i, 'may mean killed or captured'],
  [/eliminat/i, 'may mean killed or captured'],
  [/casualt/i, 'may mean killed or wounded'],
  [/put out of action/i, 'may mean killed, wounded or captured'],
];

/** Not releasing casualties: a negated disclosure verb before a casualty word, or casualties said to be unclear. */
const NOT_RELEASED = [
  /\b(?:not|n't|never|yet to|declined to|refused to|without)\s+(?:\w+\s+)?(?:releas|disclos|giv|provid|confirm|publish|announc|reveal|specif|issu)\w*\b[^.;]{0,60}?\b(?:casualt|death toll|toll|fatalit|losses|deaths)\w*[^.;]{0,40}/i,
  /\bno\b[^.;]{0,40}?\b(?:released|disclosed|given|published|issued|available|provided)\b[^.;]{0,40}?\b(?:casualt|toll|fatalit|losses|deaths)\w*[^.;]{0,40}/i,
  /\b(?:casualt|toll|fatalit|losses)\w*\b[^.;]{0,30}?\b(?:unclear|unknown|not known|unconfirmed|not (?:been )?(?:released|disclosed|confirmed))\b/i,
];
const WHOSE: [RegExp, string][] = [
  [/\b(?:police(?:men)?|gendarmes?)\b/i, 'police'],
  [/\b(?:army|military|soldiers?|troops|security forces|government forces)\b/i, 'army'],
  [/\bcivilians?\b/i, 'civilian'],
];

/** Casualties a report says were not released, by whose casualties (or by who gave none). */
function notReleased(e: EventDraft, sentences: SentenceInfo[]): { text: string; refs: SourceRef[] }[] {
  const found = new Map<string, { reports: Set<string>; refs: SourceRef[] }>();
  const add = (text: string, s: SentenceInfo) => {
    const entry = found.get(text) ?? { reports: new Set(), refs: [] };
    entry.reports.add(s.profile.report.id);
    entry.refs.push(sourceRef(s.profile, s.id));
    found.set(text, entry);
  };
  const lastActorBefore = (s: SentenceInfo, end: number) => {
    const prefix = fold(s.text.slice(0, end));
    let best: { at: number; actor: EventActor } | null = null;
    for (const a of e.actors) {
      for (const form of [a.name, ...a.aliases].map(fold).filter((f) => f.length >= 3)) {
        const at = prefix.lastIndexOf(form);
        if (at >= 0 && (!best || at > best.at)) best = { at, actor: a };
      }
    }
    return best?.actor ?? null;
  };
  for (const s of sentences) {
    if (s.background) continue;
    const m = NOT_RELEASED.map((re) => re.exec(s.text)).find(Boolean);
    if (!m) continue;
    const span = m[0];
    // Whose casualties: named just before or in the clause ("military casualties remain unclear").
    const near = s.text.slice(Math.max(0, m.index - 25), m.index) + span;
    let whose = WHOSE.filter(([re]) => re.test(near)).map(([, w]) => w);
    const actor = lastActorBefore(s, m.index);
    if (/\bown\b/i.test(span)) {
      // "its own side": the subject's side, named by its words ("the army") or as an actor.
      const subject = WHOSE.filter(([re]) => re.test(s.text.slice(0, m.index))).map(([, w]) => w);
      if (subject.length) whose = subject.slice(0, 1);
      else if (actor) whose = [['state-force', 'government'].includes(actor.kind) ? 'army' : `${actorShortName(actor)}’s`];
    }
    if (whose.length) for (const w of whose) add(`${w} casualties not released`, s);
    else if (actor) add(`${actorShortName(actor)} gave no ${/\bother\b/i.test(span) ? 'figure for other casualties' : 'casualty figures'}`, s);
    else add('casualty figures not released', s);
  }
  return [...found.entries()]
    .sort((a, b) => b[1].reports.size - a[1].reports.size || cmp(a[0], b[0]))
    .map(([text, v]) => ({ text: `${cap(text)} (${plural(v.reports.size, 'report')}).`, refs: v.refs }));
}

/** Units that are themselves a toll ("200 bodies", "a death toll of 11", "3,408 injured"), by the outcome they count. */
const CASUALTY_UNITS: [RegExp, string][] = [
  [/\b(?:bod(?:y|ies)|corpses?|dead|deaths?|death toll|fatalit(?:y|ies)|lives)\b/i, 'killed'],
  [/\b(?:injured|wounded|injur(?:y|ies)|casualt(?:y|ies))\b/i, 'wounded'],
  [/\b(?:missing|hostages?|abductees?)\b/i, 'missing'],
];
/** What happened to the people a figure counts, or null when it is not a toll of people. */
function casualtyClass(l: LedgerEntry): string | null {
  const subject = subjectClass(l.subject);
  if (PEOPLE.has(unitClass(l.unit)) && subject && CASUALTY_ORDER.includes(subject)) return subject;
  return CASUALTY_UNITS.find(([re]) => re.test(l.unit))?.[1] ?? null;
}

/** The number as given, without what it counts: "more than 80 militants killed" → "more than 80". */
const numberPhrase = (value: string) => /^(.*?(?:\d[\d,.]*\d|\d|\b(?:dozens?|scores?|hundreds?|thousands?|tens of thousands)\b))/i.exec(value)?.[1] ?? value;
/** How the reports differ on a figure, by kind of difference. */
const DIFFERENCE_WORDS: Partial<Record<Discrepancy['kind'], string>> = {
  figure: 'Figures differ',
  count: 'Counts differ',
  outcome: 'Outcome worded differently',
  hedge: 'Hedged in some reports only',
};

const PEOPLE_NOUNS = ['people', ...UNIT_CLASSES.combatants, ...UNIT_CLASSES.security, ...UNIT_CLASSES.civilians].join('|');
/** A toll without a number ("killing dozens of people", "several soldiers were wounded"), kept as written. */
const VAGUE_TOLL = new RegExp(
  `\\b(?:(?:killing|wounding|injuring|leaving)\\s+(?:dozens|scores|hundreds|thousands|several|many|a number)\\s+(?:of\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:${PEOPLE_NOUNS})s?\\b(?:\\s+(?:dead|killed|wounded|injured))?` +
    `|(?:dozens|scores|hundreds|thousands|several|many)\\s+(?:of\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:${PEOPLE_NOUNS})s?\\s+(?:were\\s+|have been\\s+|had been\\s+)?(?:killed|dead|died|wounded|injured))`,
  'iu',
);
function vagueToll(sentences: SentenceInfo[]): { words: string; ref: SourceRef } | null {
  for (const s of sentences) {
    if (s.background) continue;
    const m = VAGUE_TOLL.exec(s.text);
    if (m) return { words: m[0], ref: sourceRef(s.profile, s.id) };
  }
  return null;
}

export function tollLine(e: EventDraft, sentences: SentenceInfo[]): BottomLineItem {
  const current = e.ledger.filter((l) => !isBackground(e, l));
  const order = (l: LedgerEntry) => CASUALTY_ORDER.indexOf(casualtyClass(l) ?? '');
  const people = current
    .filter((l) => order(l) >= 0)
    .sort((a, b) => order(a) - order(b) || b.reportedBy.length - a.reportedBy.length || cmp(a.factId, b.factId));
  const total = e.reportIds.length;
  const phrases = people.slice(0, 3).map((l) => {
    const range = l.min !== l.max ? ` (between ${l.min} and ${l.max} across reports)` : '';
    const given = new Set(l.values.map((v) => numberPhrase(v.value)));
    const wordings = given.size > 1 ? `; given as ${listText([...given].map((v) => `“${v}”`), 'or')}` : '';
    const share = total === 1 ? '1 report' : l.reportedBy.length === total ? `all ${total} reports` : `${l.reportedBy.length} of ${total} reports`;
    return `${l.text}${range}${claimantsText(l)} (${share}${wordings})`;
  });
  const caveats: string[] = [];
  const shown = new Set(people.slice(0, 3));
  for (const l of shown) {
    const word = l.subject ?? '';
    for (const [re, meaning] of AMBIGUOUS_OUTCOMES) if (re.test(word)) caveats.push(`“${word}” ${meaning}.`);
    for (const d of e.discrepancies.filter((x) => x.factId === l.factId && x.kind in DIFFERENCE_WORDS)) {
      caveats.push(`${DIFFERENCE_WORDS[d.kind]}: ${d.variants.map((v) => `“${v.value}” (${plural(v.reports.length, 'report')})`).join(' vs ')}.`);
    }
    if (l.selfReportedNote) caveats.push(l.selfReportedNote);
    if (l.contradictedBy.length) {
      // The other figures those reports give for the same outcome; said only when the line does not show them.
      const others = current.filter(
        (o) => o !== l && o.reportedBy.some((r) => l.contradictedBy.includes(r)) && casualtyClass(o) === casualtyClass(l),
      );
      const which = others.length ? ` (${listText(others.map((o) => o.text))})` : '';
      if (!others.length || others.some((o) => !shown.has(o))) {
        caveats.push(`${cap(l.text)}: ${plural(l.contradictedBy.length, 'report gives', 'reports give')} another figure${which}.`);
      }
    }
  }
  const withheld = notReleased(e, sentences);
  caveats.push(...withheld.map((w) => w.text));
  const vague = phrases.length ? null : vagueToll(sentences);
  const head = phrases.length
    ? `${cap(phrases.join('; '))}.`
    : vague
      ? `No exact casualty figure: the reports say “${vague.words}”.`
      : 'No casualty figure is given for this incident.';
  const fatalities = e.fatalities !== null ? ` The data export counts ${plural(e.fatalities, 'fatality', 'fatalities')}.` : '';
  return {
    key: 'toll',
    text: head + fatalities,
    caveats: [...new Set(caveats)],
    sources: distinctRefs([...people.slice(0, 3).flatMap((l) => e.facts.find((f) => f.id === l.factId)?.sources ?? []), ...(vague ? [vague.ref] : []), ...withheld.flatMap((w) => w.refs)], 10),
  };
}
