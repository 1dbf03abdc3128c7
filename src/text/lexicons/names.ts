// General English lexicons for entity recognition. Nothing here is specific to any one text:
// function words, titles and ranks, role nouns, reporting verbs, organization head nouns.

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/**
 * Words whose capital, at the start of a sentence or in a headline, says nothing about a name,
 * and which are never a town on their own: function words, frequent sentence openers.
 */
export const COMMON = words(`
a an the this that these those there here it its it's he she they them their his her him we our us you your i my me
who whom whose which what when where why how whether if then than so such both either neither each every all any some
many much more most few fewer several other another same own no not nor only also even still yet just too very quite
and or but for of on in at to by with from into onto over under about above below across after before during since
until till while though although because despite amid amidst among between against toward towards through throughout
within without around near beyond behind upon per via like unlike including following according regarding concerning
as is are was were be been being has have had having do does did done will would shall should can could may might must
one two three four five six seven eight nine ten first second third last next new old however meanwhile moreover
furthermore nevertheless nonetheless instead otherwise therefore thus hence indeed besides later earlier recently
today yesterday tomorrow tonight now once again already soon often sometimes never always perhaps maybe almost
speaking asked said says according leave read watch see share click subscribe sign follow comment comments related
more advertisement photo video image caption credit file getty breaking update updated live
residents resident security analysts officials official sources witnesses authorities police army military troops
soldiers forces government people locals many most some several all both few dozens hundreds thousands millions
recent latest fresh similarly additionally overall elsewhere still despite leave army security jihadist jihadists
terrorist terrorists militant militants islamist islamists rebel rebels insurgent insurgents eyewitness eyewitnesses
reports report attacks attack violence conflict crisis war peace state states nation nations region regions country
countries city cities town towns village villages west east north south western eastern northern southern central
`);


/** Proper nouns that are neither places nor people: platforms, faiths, feasts, bodies named by one word. */
export const NOT_PLACE = words(`
facebook twitter telegram whatsapp youtube tiktok instagram signal internet google x
god allah islam christianity judaism christian christians muslim muslims jewish
ramadan eid christmas easter tabaski
parliament congress senate court assembly cabinet presidency
english french arabic spanish portuguese german russian chinese
`);

/**
 * Names of peoples, clans, faiths and creeds used as nouns or adjectives ("Fulani herders", "Rohingya refugees"):
 * never a place or a body on their own (a division named after one takes a suffix: "Kachin State").
 */
export const ETHNIC_GROUPS = words(`
fulani fulanis peul peuls peulh fula tuareg tuaregs touareg kanuri hausa yoruba igbo tiv berom dogon bambara bozo songhai
mossi zarma djerma wolof serer soninke malinke toubou tebu arab arabs bedouin bedouins berber berbers amazigh tutsi tutsis
hutu hutus hema lendu banyamulenge nande twa rohingya rohingyas kachin karen karenni kayin chin bamar pashtun pashtuns
hazara hazaras tajik tajiks uzbek uzbeks baloch baluch kurd kurds yazidi yazidis druze alawite alawites sunni sunnis shia
shiite shiites catholic catholics protestant protestants orthodox copt copts coptic maronite maronites evangelical
evangelicals amhara oromo tigrayan tigrayans afar masalit zaghawa nuba dinka nuer shilluk maasai kikuyu luo kalenjin
uyghur uyghurs tamil tamils sinhalese roma jews christian christians muslim muslims hindu hindus buddhist buddhists
islamist islamists jihadist jihadists salafist salafists salafi wahhabi marxist maoist leninist communist communists
socialist nationalist nationalists separatist separatists secessionist leftist royalist loyalist loyalists
`);

/** Name particles that may stand lower-case inside a name ("Nusrat al-Islam", "Iyad ag Ghaly"). */
export const PARTICLES = words('al el ad as ash at an ar az wal wa bin ibn ben bint ould ag de du da di dos das del della van von der den ter la le y e i ul ud');

/** Honorifics and ranks written before a name (folded, longest first when matching). Display forms. */
export const TITLES = new Map<string, string>(
  [
    'General', 'Lieutenant General', 'Major General', 'Brigadier General', 'Brigadier', 'Colonel', 'Lieutenant Colonel',
    'Major', 'Captain', 'Lieutenant', 'Second Lieutenant', 'Sergeant', 'Staff Sergeant', 'Corporal', 'Private',
    'Admiral', 'Vice Admiral', 'Rear Admiral', 'Commodore', 'Marshal', 'Field Marshal', 'Air Marshal', 'Warrant Officer',
    'Commandant', 'Chief Warrant Officer', 'Squadron Leader', 'Wing Commander', 'Group Captain',
    'President', 'Vice President', 'Prime Minister', 'Deputy Prime Minister', 'Minister', 'Senator', 'Governor',
    'Mayor', 'Ambassador', 'Secretary', 'Secretary-General', 'Secretary General', 'Chancellor', 'Premier',
    'King', 'Queen', 'Prince', 'Princess', 'Emir', 'Sheikh', 'Sheik', 'Imam', 'Ayatollah', 'Pope', 'Bishop', 'Archbishop',
    'Cardinal', 'Reverend', 'Rev', 'Father', 'Pastor', 'Rabbi', 'Judge', 'Justice', 'Prosecutor', 'Professor', 'Prof',
    'Doctor', 'Dr', 'Mr', 'Mrs', 'Ms', 'Miss', 'Sir', 'Dame', 'Lord', 'Lady', 'Gen', 'Lt', 'Lt Gen', 'Lt Col', 'Maj', 'Maj Gen',
    'Brig Gen', 'Col', 'Capt', 'Sgt', 'Cpl', 'Adm', 'Cmdr', 'Gov', 'Sen', 'Rep', 'Pres', 'Commander', 'Chief',
  ].map((t) => [t.toLowerCase().replace(/-/g, ' '), t]),
);
/** Longest title length in words. */
export const MAX_TITLE_WORDS = 3;
/** Titles that are offices (a modifier before them makes a role: "Foreign Minister"). */
export const OFFICE_TITLES = words('minister president secretary governor mayor ambassador chancellor premier commander chief prosecutor');

/** Nouns naming a function a person holds: the head of a role phrase. */
export const ROLE_NOUNS = words(`
spokesperson spokesman spokeswoman spokespeople leader leaders head chief commander commanders minister president
governor mayor prefect analyst analysts researcher researchers expert director secretary envoy ambassador representative
coordinator adviser advisor official officer chairman chairwoman chairperson chair founder co-founder deputy lawmaker
senator mp prosecutor judge journalist correspondent reporter editor professor lecturer lawyer activist imam cleric emir
general colonel captain lieutenant sergeant admiral ceo executive manager administrator inspector superintendent
negotiator mediator militant fighter resident witness survivor farmer trader doctor nurse teacher student chief-of-staff
boss ruler strongman candidate opposition priest pastor bishop elder herder villager shopkeeper merchant driver worker
volunteer pilot soldier gendarme policeman guard chieftain commissioner rapporteur attorney ombudsman consul diplomat
emissary delegate legislator parliamentarian councillor councilor congressman congresswoman aide assistant staffer
economist historian scholar fellow strategist physician surgeon medic paramedic midwife headman sultan mufti monk nun
warden sheriff constable ranger principal registrar auditor treasurer undersecretary vice-president premier chancellor
secretary-general director-general commissioner-general ombudswoman campaigner organiser organizer protester protesters
warlord kingpin lord co-founder cofounder laureate billionaire tycoon businessman businesswoman entrepreneur magnate
philanthropist oligarch financier banker investor author writer novelist poet artist singer musician actor actress
footballer athlete coach blogger filmmaker photographer
`);

/** Lower-case words that may stand inside a role phrase before its head ("army spokesperson", "former defence minister"). */
export const ROLE_MODIFIERS = words(`
army military government defence defense foreign interior security police junta rebel group party militia opposition
senior deputy former acting interim regional local national state federal provincial district chief top main
communications press media information public presidential ministry justice finance health education transport energy
economy trade religious tribal community traditional civil civilian veteran retired independent conflict terrorism
counterterrorism sahel africa political campaign campaigning humanitarian aid ngo rights human un commission committee
council bloc union agency mission town city village district county municipal parish provincial
`);

/** Verbs that put a speaker right before or after them ("Langley said", "said Langley"). */
export const SPEAKER_VERBS = words(`
said says told tells stated states added adds warned warns explained explains noted notes claimed claims insisted insists
announced announces confirmed confirms wrote writes tweeted argued argues declared declares urged urges stressed stresses
emphasised emphasized emphasises emphasizes acknowledged acknowledges recalled recalls asked asks replied replies
commented comments posted continued concluded expressed affirmed affirms denied denies admitted admits alleged alleges
reported reports observed observes believes believed estimated estimates described describes
`);

export type OrgKind = 'armed-group' | 'state-force' | 'government' | 'international' | 'media' | 'research' | 'other';

/** Head nouns that end (or, before "of", begin) an organization's name, with the kind they suggest. */
export const ORG_HEADS = new Map<string, OrgKind>([
  ...[...words('institute institution centre center university college academy observatory laboratory')].map((w) => [w, 'research'] as [string, OrgKind]),
  ...[...words('news tv television radio press times post tribune herald gazette journal daily broadcasting telegraph chronicle reporters media magazine newspaper')].map((w) => [w, 'media'] as [string, OrgKind]),
  ...[...words('command army forces force police gendarmerie guard navy marines corps regiment battalion squadron division fleet')].map((w) => [w, 'state-force'] as [string, OrgKind]),
  ...[...words('ministry government presidency parliament assembly senate congress cabinet embassy')].map((w) => [w, 'government'] as [string, OrgKind]),
  ...[...words('union community nations organisation organization confederation council commission bank fund court mission programme program')].map((w) => [w, 'international'] as [string, OrgKind]),
  ...[...words('front movement brigade brigades militia militias jihad resistance mujahideen')].map((w) => [w, 'armed-group'] as [string, OrgKind]),
  ...[...words('foundation association society committee company corporation group network federation party alliance coalition agency office department service watch')].map((w) => [w, 'other'] as [string, OrgKind]),
]);

/** Arabic words that open the names of armed movements ("Jama'at …" group, "Jabhat …" front, "Katiba …" brigade). */
export const ARABIC_GROUP_HEADS = words('jamaat jamaa jamaah jamaatu jabhat jabha harakat haraka katiba katibat liwa jaish jaysh ansar ansaru ahrar hayat kataib saraya');

/** Words in an appositive or a pre-modifier that tell what sort of body an organization is. */
export const KIND_CUES: Array<[RegExp, OrgKind]> = [
  [/\b(?:jihadists?|militants?|terror|terrorists?|armed|rebels?|insurgents?|insurgency|extremists?|islamists?|separatists?|militias?|paramilitary|al qaeda|al qaida|islamic state|isis|affiliated|affiliate|linked|associated|faction|factions|guerrillas?)\b/, 'armed-group'],
  [/\b(?:media|news|broadcaster|newspaper|channel|radio|television|tv|magazine|outlet|propaganda|agency's|wire)\b/, 'media'],
  [/\b(?:research|think tank|university|institute|monitor|monitoring|academic)\b/, 'research'],
  [/\b(?:bloc|intergovernmental|international|regional body|regional organisation|regional organization|confederation|union of|alliance of|states|countries|nations)\b/, 'international'],
  [/\b(?:ministry|government agency|authorities|administration)\b/, 'government'],
];

/** Nouns that close a kind cue: "an al-Qaeda-affiliated terror *group*", "its media *platform*". */
export const KIND_CUE_HEADS = words(`
group groups organisation organization coalition movement faction network militia alliance affiliate branch outfit
platform arm wing outlet agency channel broadcaster newspaper station centre center institute body bloc organ force
forces unit franchise umbrella confederation tank
`);

/** Nouns for a country's government ("the Malian government", "Mali's transitional authorities"). */
export const GOVERNMENT_NOUNS = words('government authorities junta regime administration cabinet presidency rulers');
/** Adjectives allowed between a country and a government noun ("Mali's military government"). */
export const GOVERNMENT_MODIFIERS = words('military transitional interim civilian federal national central new former ruling');
/** Nouns after which "army"/"military" is a modifier, not the body itself ("Russian military contractors"). */
export const NOT_FORCE_AFTER = words(`
contractors contractor mercenaries instructors advisers advisors junta government regime authorities rulers leaders
leadership court courts tribunal academy school hospital experts expert analysts analyst observers historians companies
company firms industry doctrine history coup coups takeover intervention rule ruler
`);

/** Words that open a place complement ("in Kayes", "near the border"). */
export const PLACE_PREPOSITIONS = words('in near at from outside around towards toward across between into through via inside throughout to');
/** Prepositions strong enough to mark an unknown capitalized name as a place. */
export const STRONG_PLACE_PREPOSITIONS = words('in near outside around');
/** Nouns for kinds of places: "the towns of A, B and C", "A region". */
export const PLACE_NOUNS = words(`
town towns city cities village villages locality localities commune communes municipality municipalities region regions
province provinces district districts prefecture prefectures department departments county counties area areas
settlement settlements hamlet hamlets place places location locations capital circle cercle governorate state
`);
/** Nouns after a name that make it an administrative or local place ("Kayes region", "Borno State"). */
export const PLACE_SUFFIXES = words('region province district prefecture department commune county governorate state municipality cercle circle');
/** Nouns after a demonym that make it a place reference ("the Senegalese border"). */
export const GEO_NOUNS = words(`
border borders frontier frontiers territory territories soil side capital coast coastline countryside airspace waters
region regions town city village towns cities villages province provinces sub-region subregion hinterland heartland
desert mainland shores coastal-states states countries nations
`);
