// Who can speak: titles and ranks before a name, nouns for persons, nouns for organizations.
// General English; nothing here is specific to one conflict or one text.

const set = (words: string) => new Set(words.trim().split(/\s+/));

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
