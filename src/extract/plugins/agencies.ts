import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import type { Agency, Organization } from '../../schemas/entities.ts';
import { KNOWN_ORGS, type KnownOrg } from '../names/known-orgs.ts';

const AGENCIES = new Map<string, KnownOrg>(KNOWN_ORGS.filter((o) => o.agency).map((o) => [o.id, o]));

// Words around an outlet's name that show the text relies on it.
const RELIED_BEFORE = /(?:\btold|\baccording to|\breported by|\bquoted by|\bcited by|\bspeaking to|\bspoke to|\binterview with|\bsaid to|\bconfirmed to|\bcontacted by|\bseen by|\bobtained by|\breviewed by)\s+(?:the\s+)?$/i;
const RELIED_AFTER = /^[’'s]*\s+(?:reported|reports|has reported|said|says|could not|couldn't|was unable|has been unable|has learned|has learnt|understands|has seen|obtained|confirmed|learned|counted|tallied)\b/i;

/** Whether the mention at `[start, end)` is written as a source the text relies on. */
export function reliedUpon(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  return RELIED_BEFORE.test(before) || RELIED_AFTER.test(after);
}

/**
 * News agencies and outlets the report relies on: every mention of a known agency (AFP,
 * Reuters…), and media organizations named where the text cites them ("told Africa Live News").
 * Reads `file.data.organizations` (agencies are organizations of kind media too).
 */
export function extractAgencies(text: string, organizations: Organization[]): Agency[] {
  const out: Agency[] = [];
  for (const o of organizations) {
    const known = AGENCIES.get(o.key);
    if (known) {
      out.push({ name: known.acronym ?? known.name, fullName: known.acronym ? known.name : null, mentions: o.mentions });
      continue;
    }
    if (o.kind !== 'media') continue;
    const relied = o.mentions.filter((m) => reliedUpon(text, m.start, m.end));
    if (relied.length) out.push({ name: o.acronym ?? o.name, fullName: o.acronym ? o.name : null, mentions: relied });
  }
  return out.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

/** The agencies plugin: `file.data.agencies` (after organizations). */
export default function agencies() {
  return (_tree: Root, file: VFile) => {
    file.data.agencies = extractAgencies(String(file.value), file.data.organizations ?? []);
  };
}
