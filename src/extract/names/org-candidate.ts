// What the organization finders produce: one stretch of text naming an organization. Its own
// module, so the finders (org-finder, acronym-definitions, named-bodies, state-bodies) share the
// type without importing one another in a circle.
import type { OrgKind } from '../../text/lexicons/names.ts';
import type { KnownOrg } from './known-orgs.ts';

/** A country's armed forces, police or government, named generically ("Mali's army", "the Malian government"). */
export type GenericBody = 'armed-forces' | 'police' | 'government';

/** One stretch of text that names an organization, before mentions are merged into entities. */
export interface OrgCandidate {
  /** Token range `[from, to)`. */
  from: number;
  to: number;
  start: number;
  end: number;
  written: string;
  /** Name this mention suggests for the entity. */
  name: string;
  acronym: string | null;
  source: 'definition' | 'table' | 'head' | 'generic' | 'acronym';
  kind: OrgKind | null;
  country: string | null;
  /** Merge keys: mentions sharing one belong to one organization. */
  keys: string[];
  known?: KnownOrg;
  /** A country's forces, police or government ("Mali's army"); country null for a bare "the army". */
  generic?: GenericBody;
  /** A bare "the health ministry": the words before "ministry", for joining the ministry the text named. */
  ministry?: string;
  /** Another form of the name this mention gives ("Gran Grif" for "the Gran Grif gang"). */
  alias?: string;
}
