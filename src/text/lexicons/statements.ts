// General English lexicons for statement extraction (reporting verbs, numbers, qualifiers,
// event words, speaker nouns). Nothing here is specific to one conflict or one text.

const set = (words: string) => new Set(words.trim().split(/\s+/));

/**
 * Reporting and claiming verbs, every inflected form → lemma. Written out by hand: English
 * inflection rules misfire too often (said, told, wrote, characterised…).
 */
const REPORTING_FORMS: Record<string, string> = {};
function verb(lemma: string, forms: string) {
  for (const f of forms.split(/\s+/)) REPORTING_FORMS[f] = lemma;
}
verb('say', 'say says said saying');
verb('tell', 'tell tells told telling');
verb('state', 'state states stated stating');
verb('confirm', 'confirm confirms confirmed confirming');
verb('report', 'report reports reported reporting');
verb('announce', 'announce announces announced announcing');
verb('add', 'add adds added adding');
verb('note', 'note notes noted noting');
verb('claim', 'claim claims claimed claiming');
verb('assert', 'assert asserts asserted asserting');
verb('declare', 'declare declares declared declaring');
verb('describe', 'describe describes described describing');
verb('characterize', 'characterize characterizes characterized characterizing characterise characterises characterised characterising');
verb('call', 'call calls called calling');
verb('term', 'term terms termed terming');
verb('warn', 'warn warns warned warning');
verb('explain', 'explain explains explained explaining');
verb('insist', 'insist insists insisted insisting');
verb('maintain', 'maintain maintains maintained maintaining');
verb('deny', 'deny denies denied denying');
verb('acknowledge', 'acknowledge acknowledges acknowledged acknowledging');
verb('admit', 'admit admits admitted admitting');
verb('boast', 'boast boasts boasted boasting');
verb('reveal', 'reveal reveals revealed revealing');
verb('indicate', 'indicate indicates indicated indicating');
verb('emphasize', 'emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising');
verb('stress', 'stress stresses stressed stressing');
verb('assure', 'assure assures assured assuring');
verb('affirm', 'affirm affirms affirmed affirming');
verb('allege', 'allege alleges alleged alleging');
verb('argue', 'argue argues argued arguing');
verb('write', 'write writes wrote written writing');
verb('post', 'posted');
verb('tweet', 'tweet tweets tweeted tweeting');
verb('recount', 'recount recounts recounted recounting');
verb('recall', 'recall recalls recalled recalling');
verb('vow', 'vow vows vowed vowing');
verb('pledge', 'pledge pledges pledged pledging');
verb('promise', 'promise promises promised promising');
verb('threaten', 'threaten threatens threatened threatening');
verb('estimate', 'estimate estimates estimated estimating');
verb('suggest', 'suggest suggests suggested suggesting');
verb('conclude', 'conclude concludes concluded concluding');
verb('observe', 'observe observes observed observing');
verb('remark', 'remark remarks remarked remarking');
verb('comment', 'comment comments commented commenting');
verb('reply', 'reply replies replied replying');
verb('respond', 'respond responds responded responding');
verb('concede', 'concede concedes conceded conceding');
verb('complain', 'complain complains complained complaining');
verb('lament', 'lament laments lamented lamenting');
verb('corroborate', 'corroborate corroborates corroborated corroborating');
verb('dismiss', 'dismiss dismisses dismissed dismissing');
verb('reject', 'reject rejects rejected rejecting');
verb('refute', 'refute refutes refuted refuting');
verb('contend', 'contend contends contended contending');
verb('testify', 'testify testifies testified testifying');
verb('caution', 'caution cautions cautioned cautioning');
verb('accuse', 'accuse accuses accused accusing');
verb('urge', 'urge urges urged urging');
verb('quote', 'quoted');
verb('predict', 'predict predicts predicted predicting');
verb('agree', 'agreed');
verb('express', 'express expresses expressed expressing');
verb('insist', 'insist insists insisted insisting');
verb('assess', 'assessed');
verb('publish', 'published');
verb('put', 'put puts putting');
verb('speak', 'speak speaks spoke speaking');
verb('ask', 'ask asks asked asking');
verb('shout', 'shout shouts shouted shouting');
verb('recall', 'recalled');
verb('whisper', 'whispered');
verb('show', 'show shows showed');
verb('cry', 'cried');
verb('scream', 'screamed');

export const REPORTING_VERBS: Readonly<Record<string, string>> = REPORTING_FORMS;

/** Lemmas that introduce a quotation or a claimed fact (not just any speech act). */
export const ATTRIBUTING_LEMMAS = set(`
  say tell state confirm report announce add note claim assert declare describe characterize call term
  warn explain insist maintain deny acknowledge admit boast reveal indicate emphasize stress assure affirm
  allege argue write post tweet recount recall vow pledge promise threaten estimate suggest conclude observe
  remark comment reply respond concede complain lament corroborate dismiss reject refute contend testify
  caution accuse predict express quote shout whisper cry scream show
`);

/** Verbs whose object is a description of a thing ("described the attack as …"): need "as". */
export const DESCRIBING_LEMMAS = set('describe characterize call term');

/** Verbs that can follow a quotation with the speaker after them ("…," said X). */
export const INVERSION_LEMMAS = set('say add tell state note write explain warn insist continue ask reply');

/** Lemmas that deny; lemmas that hedge. */
export const DENYING_LEMMAS = set('deny dismiss reject refute');
export const HEDGING_LEMMAS = set('suggest allege estimate predict');

/** Lemmas under which a party states its version of facts (used by claims). */
export const CLAIMING_LEMMAS = set(`
  say state confirm report announce claim assert declare insist maintain deny acknowledge admit boast
  reveal indicate allege dismiss reject refute contend estimate suggest note add emphasize stress affirm
`);

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

export const PRONOUNS: Readonly<Record<string, 'person' | 'group' | 'thing'>> = {
  he: 'person',
  she: 'person',
  they: 'group',
  it: 'thing',
  we: 'group',
};

/** Number words → value. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

export const MULTIPLIERS: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1000, million: 1_000_000, billion: 1_000_000_000, trillion: 1_000_000_000_000,
};

/** Vague plural amounts ("dozens of") → the smallest value they can stand for. */
export const VAGUE_AMOUNTS: Readonly<Record<string, number>> = {
  dozens: 12, scores: 20, hundreds: 100, thousands: 1000, millions: 1_000_000, billions: 1_000_000_000,
};

export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, twentieth: 20, hundredth: 100,
};

/**
 * Qualifiers written before a number, longest first. `approximate` marks those that make the
 * amount itself an estimate (as opposed to a bound such as "at least").
 */
export const QUALIFIERS: ReadonlyArray<{ words: string; approximate: boolean }> = [
  { words: 'no fewer than', approximate: false },
  { words: 'no less than', approximate: false },
  { words: 'no more than', approximate: false },
  { words: 'as many as', approximate: false },
  { words: 'as few as', approximate: false },
  { words: 'in excess of', approximate: false },
  { words: 'upwards of', approximate: false },
  { words: 'more than', approximate: false },
  { words: 'fewer than', approximate: false },
  { words: 'less than', approximate: false },
  { words: 'at least', approximate: false },
  { words: 'at most', approximate: false },
  { words: 'up to', approximate: false },
  { words: 'close to', approximate: false },
  { words: 'just over', approximate: false },
  { words: 'just under', approximate: false },
  { words: 'well over', approximate: false },
  { words: 'an estimated', approximate: true },
  { words: 'nearly', approximate: false },
  { words: 'almost', approximate: false },
  { words: 'over', approximate: false },
  { words: 'under', approximate: false },
  { words: 'around', approximate: true },
  { words: 'about', approximate: true },
  { words: 'approximately', approximate: true },
  { words: 'roughly', approximate: true },
  { words: 'some', approximate: true },
  { words: 'estimated', approximate: true },
];

/** Time units: a number counting them is a duration, not a count. */
export const TIME_UNITS = set(`
  second seconds minute minutes hour hours day days night nights week weeks month months year years decade decades
  century centuries
`);

/** Measures that are neither counts nor any other figure kind we keep. */
export const MEASURE_UNITS = set(`
  millimetre millimetres millimeter millimeters centimetre centimetres centimeter centimeters kilowatt kilowatts
  megawatt megawatts gigawatts volts calories
  km kilometre kilometres kilometer kilometers mile miles metre metres meter meters m cm mm kg kilogram kilograms
  tonne tonnes ton tons litre litres liter liters hectare hectares acre acres degree degrees feet foot ft inch inches
  mph kph percent per
`);

export const CURRENCY_WORDS = set(`
  dollar dollars usd euro euros eur pound pounds sterling gbp franc francs cfa naira yen yuan rupee rupees shilling
  shillings rand dinar dinars dirham dirhams riyal riyals cedi cedis birr
`);
export const CURRENCY_SYMBOLS = /^[$€£¥₦₹]$/;

export const MONTHS = set(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
`);

export const WEEKDAYS = set('monday tuesday wednesday thursday friday saturday sunday');

/** Plurals that do not end in -s. */
export const IRREGULAR_PLURALS = set(`
  people men women children police personnel troops cattle sheep staff crew aircraft livestock militia
  gendarmerie youths folk
`);

/**
 * Event words: what happened to counted people or things. Verb forms map to themselves
 * (the participle as written is kept); nouns and other forms map to a participle.
 */
export const EVENT_WORDS: Readonly<Record<string, string>> = (() => {
  const m: Record<string, string> = {};
  const add = (target: string, forms: string) => {
    for (const f of forms.split(/\s+/)) m[f] = target;
  };
  add('killed', 'kill kills killed killing killings death deaths dead died die dies slain slaughtered massacred executed murdered lost');
  add('wounded', 'wound wounds wounded wounding injure injures injured injuring injuries injury hurt');
  add('neutralized', 'neutralize neutralizes neutralized neutralizing');
  add('neutralised', 'neutralise neutralises neutralised neutralising');
  add('captured', 'capture captures captured capturing');
  add('seized', 'seize seizes seized seizing seizure');
  add('controlled', 'control controlled');
  add('attacked', 'attack attacks attacked attacking assault assaults assaulted raid raids raided struck strike strikes hit stormed overrun overran shelled bombed besieged siege ambushed ambush');
  add('targeted', 'target targets targeted targeting');
  add('destroyed', 'destroy destroys destroyed destroying destruction burned burnt torched razed');
  add('kidnapped', 'kidnap kidnaps kidnapped kidnapping abduct abducts abducted abducting abduction abductions');
  add('arrested', 'arrest arrests arrested arresting detained detain detention');
  add('displaced', 'displace displaced displacement');
  add('evacuated', 'evacuate evacuates evacuated evacuating');
  add('damaged', 'damage damaged damaging');
  add('treated', 'treated');
  add('admitted', 'admitted');
  add('looted', 'looted looting stole stolen');
  add('fled', 'fled flee flees fleeing');
  add('freed', 'freed released rescued pulled');
  add('missing', 'missing disappeared');
  add('recovered', 'recover recovers recovered recovering');
  add('surrendered', 'surrendered');
  add('deployed', 'deployed deploy');
  add('affected', 'affected');
  return m;
})();

/** Nouns for attacks and other incidents: an ordinal before one is kept ("the third attack"). */
export const INCIDENT_NOUNS = set(`
  attack attacks assault assaults offensive offensives raid raids strike strikes ambush ambushes bombing bombings
  incident incidents massacre massacres coup coups clash clashes operation operations wave waves round rounds
  explosion explosions killing killings kidnapping kidnappings abduction abductions siege sieges incursion incursions
  uprising uprisings battle battles protest protests election elections
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

/** Titles and ranks that may precede a personal name. */
export const PERSON_TITLES = set(`
  mr mrs ms miss dr prof professor sir dame lord lady president vice prime minister general gen lieutenant lt
  colonel col major maj captain capt sergeant sgt corporal cpl private commander cmdr admiral adm brigadier marshal
  governor gov mayor senator sen representative rep ambassador judge justice chief sheikh imam bishop archbishop
  cardinal pope father rabbi king queen prince princess emir sultan premier chancellor secretary director spokesperson
  spokesman spokeswoman minister deputy envoy commissioner inspector superintendent officer ombudsman ombudswoman
  prosecutor coroner sheriff magistrate rapporteur coordinator chairman chairwoman chairperson
`);

/** Nouns that denote a person who can speak. */
export const PERSON_NOUNS = set(`
  resident residents witness witnesses eyewitness eyewitnesses official officials spokesperson spokespersons spokesman
  spokesmen spokeswoman spokeswomen source sources commander commanders officer officers soldier soldiers analyst
  analysts expert experts researcher researchers doctor doctors nurse nurses villager villagers farmer farmers
  teacher teachers survivor survivors activist activists lawyer lawyers diplomat diplomats minister ministers president
  governor governors mayor mayors chief chiefs leader leaders representative representatives envoy man men woman women
  mother father teenager student students trader traders merchant merchants driver drivers journalist journalists
  reporter reporters aide aides adviser advisers advisor advisors director head people elder elders inhabitant
  inhabitants local locals politician politicians lawmaker lawmakers legislator legislators parent parents victim
  victims refugee refugees citizen citizens worker workers employee employees member members fighter fighters
  militant militants rebel rebels insurgent insurgents medic medics observer observers critic critics
  administrator administrators coordinator coordinators chairman chairwoman chairperson secretary commissioner
  rapporteur prosecutor ambassador ambassadors negotiator negotiators mediator mediators manager managers owner owners
  pilot pilots priest priests imam imams pastor bishop cleric clerics volunteer volunteers rescuer rescuers paramedic
  paramedics shopkeeper shopkeepers shepherd fisherman fishermen herder herders son daughter husband wife brother sister
  relative relatives neighbour neighbours neighbor neighbors boy girl surgeon surgeons physician physicians editor
  professor scholar scholars economist economists scientist scientists engineer engineers guard guards policeman
  policemen gunman gunmen attacker attackers hostage hostages detainee detainees prisoner prisoners protester protesters
  protestor protestors demonstrator demonstrators organiser organisers organizer organizers campaigner campaigners
  investigator investigators inspector inspectors judge judges attorney senator senators congressman congresswoman
  councillor councillors councilor premier chancellor founder executive executives negotiators chief-of-staff
  patient patients pilgrim pilgrims migrant migrants passenger passengers sailor sailors seafarer seafarers crewman
  commandant warlord warlords kingpin boss bosses
`);

/** Nouns that denote an organization, a group or a statement that can be quoted. */
export const ORG_NOUNS = set(`
  army armies military militaries government governments ministry ministries police gendarmerie forces force
  authorities authority junta administration group groups organisation organization organisations organizations
  movement coalition alliance agency command headquarters council committee office presidency cabinet parliament
  party parties statement statements communique communiqué bulletin declaration release report reports video message
  post spokespeople militia militias rebels jihadists insurgents unit battalion brigade regiment navy airforce
  embassy mission un union bloc court prosecutor prosecutors outlet channel media platform newspaper agency
  broadcaster network institute centre center foundation agencies councils committees unions courts embassies
  missions units brigades battalions regiments alliances coalitions movements networks institutes staff
  commission commissions tribunal tribunals board boards watchdog watchdogs regulator regulators service services
  department departments bureau bureaus secretariat directorate directorates programme program fund society
  federation association associations firm firms company companies operator operators airline carrier hospital
  hospitals observatory monitor monitors charity charities gang gangs cartel cartels contingent administration
  ministry authority force forces television radio agency navy coastguard senate assembly opposition
  government regime kremlin pentagon whitehouse palace
`);

/** Heads of quoted documents rather than parties ("the statement said"). */
export const DOCUMENT_NOUNS = set(`
  statement statements communique communiqué bulletin declaration release report reports video message post
  data figures estimates estimate records tally count survey census footage images analysis assessment
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

/** Measures that a duration qualifies ("a 30-day curfew", "a 48-hour ultimatum"); incidents ("a 13-hour siege") are not measures. */
export const MEASURE_NOUNS = set(`
  curfew curfews ceasefire ceasefires truce truces emergency lockdown lockdowns ban bans ultimatum ultimatums deadline
  suspension sentence sentences mourning blackout shutdown closure moratorium pause mandate extension extensions
  detention detentions quarantine blockade embargo suspension halt amnesty deal agreement visa visas leave
`);

/** Nouns that stand for a claim ("a claim the army denied", "a figure Hamas rejects"). */
export const CLAIM_NOUNS = set(`
  claim claims figure figures account accounts allegation allegations version assertion assertions accusation
  accusations charge charges report reports toll statement statements narrative description estimate
`);
