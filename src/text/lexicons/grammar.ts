// Function words and verb forms: auxiliaries, determiners, prepositions, conjunctions, subordinators,
// pronouns, irregular plurals and past forms, adverbs and sentence openers.
// General English; nothing here is specific to one conflict or one text.

import { dictionary } from './dictionary.ts';

const set = (words: string) => new Set(words.trim().split(/\s+/));

export const AUXILIARIES = set(`
  is are was were be been being am has have had having do does did will would shall should can could may might must
  isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't won't wouldn't can't couldn't
`);

export const DETERMINERS = set(`
  a an the this that these those its his her their our my your some any each every no another other such
  many several few all both either neither
`);

export const PREPOSITIONS = set(`
  of in on at to for from by with without into onto over under near across along against amid amidst among
  between through throughout during after before since until till toward towards around about within beyond
  behind beside besides despite following including via per than upon outside inside regarding concerning
  like unlike off up down past
`);

export const CONJUNCTIONS = set('and or but nor yet so');

export const SUBORDINATORS = set(`
  that which who whom whose where when while whereas although though because if unless as since after before
  until whether once
`);

export const PRONOUNS: Readonly<Record<string, 'person' | 'group' | 'thing'>> = dictionary({
  he: 'person',
  she: 'person',
  they: 'group',
  it: 'thing',
  we: 'group',
});

/** Plurals that do not end in -s. */
export const IRREGULAR_PLURALS = set(`
  people men women children police personnel troops cattle sheep staff crew aircraft livestock militia
  gendarmerie youths folk
`);

/** Irregular past forms: a finite verb in subject-verb position. */
export const IRREGULAR_PAST = set(`
  took came went saw fell left made held gave began ran rose struck fought hit lost won fled told said wrote spoke
  met sent brought built bought caught drew drove ate felt found flew forgot froze got grew heard hid kept knew laid
  led lay meant paid put quit read rode rang sat shot shut slept slid sold sought spent split spread stood stole stuck
  swept swore swung taught thought threw understood woke wore withdrew overran overtook undertook arose broke chose
  became bore bound bled blew burnt dealt dug fed forbade forgave hung lit overcame shook shone sank sang slew sprang
  stank strode strove tore trod upheld wept wound
`);

/** Verbs in present tense that commonly start a predicate in news text (besides reporting verbs). */
export const COMMON_PRESENT_VERBS = set(`
  remains remain continues continue comes come goes go seems seem appears appear faces face marks mark follows follow
  adds add shows show suggests suggest underscores underscore highlights highlight signals signal signal signals
  carries carry takes take gives give makes make lies lie stands stand holds hold
`);

/** Adverbs that may stand between a subject and its verb ("later reported"). */
export const VERB_ADVERBS = set(`
  also later earlier previously already further then again still now recently repeatedly separately initially
  reportedly allegedly officially publicly privately subsequently once formally firmly briefly finally
  not never quickly immediately swiftly
`);

/** Words that open a sentence-initial adverbial phrase ("In response, …", "Speaking on TV, …"). */
export const ADVERBIAL_OPENERS = set(`
  however meanwhile still similarly also moreover furthermore nevertheless nonetheless instead indeed yet
  earlier later yesterday today overnight separately elsewhere additionally then now thus consequently
  in on at according after during following despite amid amidst with for since as while although though when if because
  before until by from under over to in-between within without unlike like throughout
`);
