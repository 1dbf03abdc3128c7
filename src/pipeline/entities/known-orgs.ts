import type { OrgKind } from './lexicon.ts';

/** A well-known body: a general lexicon of armed groups, international bodies, agencies and media. */
export interface KnownOrg {
  /** Stable key shared across reports. */
  id: string;
  /** Canonical (long) name. */
  name: string;
  /** Usual acronym or short name, or null. */
  acronym: string | null;
  kind: OrgKind;
  /** Names matched regardless of case and punctuation (after folding). */
  forms: string[];
  /** Short forms matched only as written (acronyms that are also words: "AP", "WHO", "IS"). */
  exact?: string[];
  /** A news agency or outlet that reports are sourced from. */
  agency?: boolean;
}

const O = (id: string, name: string, acronym: string | null, kind: OrgKind, forms: string[] = [], exact: string[] = [], agency = false): KnownOrg => ({
  id,
  name,
  acronym,
  kind,
  forms: [name, ...forms],
  exact: acronym ? [acronym, ...exact] : exact,
  agency,
});
const A = (id: string, name: string, acronym: string | null, forms: string[] = [], exact: string[] = []): KnownOrg => O(id, name, acronym, 'media', forms, exact, true);

export const KNOWN_ORGS: KnownOrg[] = [
  // Armed groups
  O('al-qaeda', 'al-Qaeda', null, 'armed-group', ['al Qaeda', 'al-Qaida', 'al Qaida', 'Al-Qaeda', 'Al Qaeda', 'Qaeda', 'al-Qa’ida'], ['AQ']),
  O('aqim', 'al-Qaeda in the Islamic Maghreb', 'AQIM', 'armed-group', ['al-Qaida in the Islamic Maghreb']),
  O('aqap', 'al-Qaeda in the Arabian Peninsula', 'AQAP', 'armed-group'),
  O('islamic-state', 'Islamic State', 'ISIS', 'armed-group', ['Islamic State group', 'Islamic State of Iraq and Syria', 'Islamic State of Iraq and the Levant', 'Daesh', 'Daech'], ['ISIL', 'IS']),
  O('iswap', 'Islamic State West Africa Province', 'ISWAP', 'armed-group', ['Islamic State in West Africa Province', 'Islamic State West Africa']),
  O('is-sahel', 'Islamic State Sahel Province', 'ISSP', 'armed-group', ['Islamic State in the Sahel', 'Islamic State Sahel']),
  O('isgs', 'Islamic State in the Greater Sahara', 'ISGS', 'armed-group', ['Islamic State Greater Sahara']),
  O('boko-haram', 'Boko Haram', null, 'armed-group'),
  O('al-shabaab', 'al-Shabaab', null, 'armed-group', ['al Shabaab', 'al-Shabab', 'al Shabab', 'Al-Shabaab', 'Shabaab']),
  O('ansar-dine', 'Ansar Dine', null, 'armed-group', ['Ansar al-Din', 'Ansar Eddine']),
  O('hezbollah', 'Hezbollah', null, 'armed-group', ['Hizbollah', 'Hizbullah']),
  O('hamas', 'Hamas', null, 'armed-group'),
  O('taliban', 'Taliban', null, 'armed-group'),
  O('houthis', 'Houthis', null, 'armed-group', ['Houthi', 'Ansar Allah', 'Ansarallah']),
  O('pkk', 'Kurdistan Workers’ Party', 'PKK', 'armed-group', ['Kurdistan Workers Party']),
  O('m23', 'M23', null, 'armed-group', ['March 23 Movement'], ['M23']),
  O('adf', 'Allied Democratic Forces', 'ADF', 'armed-group'),
  O('rsf', 'Rapid Support Forces', 'RSF', 'armed-group'),
  O('wagner', 'Wagner Group', null, 'armed-group', ['Wagner', 'Wagner PMC']),
  O('africa-corps', 'Africa Corps', null, 'armed-group'),
  // International bodies and alliances
  O('un', 'United Nations', 'UN', 'international', [], ['U.N.']),
  O('un-security-council', 'UN Security Council', 'UNSC', 'international', ['United Nations Security Council', 'Security Council']),
  O('minusma', 'United Nations Multidimensional Integrated Stabilization Mission in Mali', 'MINUSMA', 'international'),
  O('monusco', 'United Nations Organization Stabilization Mission in the DR Congo', 'MONUSCO', 'international'),
  O('unhcr', 'UN Refugee Agency', 'UNHCR', 'international', ['United Nations High Commissioner for Refugees', 'UN refugee agency']),
  O('unicef', 'UNICEF', 'UNICEF', 'international', ['United Nations Children’s Fund', 'United Nations Children’s Fund']),
  O('wfp', 'World Food Programme', 'WFP', 'international', ['World Food Program']),
  O('ocha', 'UN Office for the Coordination of Humanitarian Affairs', 'OCHA', 'international'),
  O('iom', 'International Organization for Migration', 'IOM', 'international', ['International Organisation for Migration']),
  O('who', 'World Health Organization', null, 'international', ['World Health Organisation'], ['WHO']),
  O('au', 'African Union', 'AU', 'international'),
  O('ecowas', 'Economic Community of West African States', 'ECOWAS', 'international', [], ['CEDEAO']),
  O('eccas', 'Economic Community of Central African States', 'ECCAS', 'international'),
  O('sadc', 'Southern African Development Community', 'SADC', 'international'),
  O('igad', 'Intergovernmental Authority on Development', 'IGAD', 'international'),
  O('eu', 'European Union', 'EU', 'international'),
  O('nato', 'NATO', 'NATO', 'international', ['North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation']),
  O('g5-sahel', 'G5 Sahel', null, 'international', ['G5 Sahel Joint Force']),
  O('arab-league', 'Arab League', null, 'international', ['League of Arab States']),
  O('oic', 'Organisation of Islamic Cooperation', 'OIC', 'international', ['Organization of Islamic Cooperation']),
  O('imf', 'International Monetary Fund', 'IMF', 'international'),
  O('world-bank', 'World Bank', null, 'international'),
  O('icc', 'International Criminal Court', 'ICC', 'international'),
  O('interpol', 'Interpol', null, 'international'),
  O('icrc', 'International Committee of the Red Cross', 'ICRC', 'other', ['Red Cross']),
  O('msf', 'Médecins Sans Frontières', 'MSF', 'other', ['Doctors Without Borders']),
  O('amnesty', 'Amnesty International', null, 'other'),
  O('hrw', 'Human Rights Watch', 'HRW', 'other'),
  O('crisis-group', 'International Crisis Group', null, 'research', ['Crisis Group']),
  O('acled', 'Armed Conflict Location & Event Data Project', 'ACLED', 'research', ['Armed Conflict Location and Event Data Project']),
  // News agencies and media
  A('afp', 'Agence France-Presse', 'AFP', ['Agence France Presse']),
  A('reuters', 'Reuters', null, ['Thomson Reuters']),
  A('ap', 'Associated Press', 'AP', ['The Associated Press']),
  A('dpa', 'Deutsche Presse-Agentur', 'dpa', [], ['DPA']),
  A('xinhua', 'Xinhua News Agency', 'Xinhua', ['Xinhua']),
  A('anadolu', 'Anadolu Agency', 'Anadolu', ['Anadolu Ajansi']),
  A('efe', 'Agencia EFE', 'EFE', ['EFE']),
  A('ansa', 'Agenzia Nazionale Stampa Associata', 'ANSA', []),
  A('kyodo', 'Kyodo News', 'Kyodo', ['Kyodo']),
  A('tass', 'TASS', 'TASS', []),
  A('ria', 'RIA Novosti', 'RIA', []),
  A('interfax', 'Interfax', null),
  A('yonhap', 'Yonhap News Agency', 'Yonhap', ['Yonhap']),
  A('pti', 'Press Trust of India', 'PTI'),
  A('upi', 'United Press International', 'UPI'),
  A('irna', 'Islamic Republic News Agency', 'IRNA'),
  A('apa', 'Agence de Presse Africaine', 'APA', ['African Press Agency']),
  A('pana', 'Pan African News Agency', 'PANA', ['Panapress']),
  A('aps', 'Algérie Presse Service', 'APS', []),
  A('map', 'Maghreb Arabe Presse', null, [], ['MAP']),
  A('amap', 'Agence Malienne de Presse et de Publicité', 'AMAP'),
  A('aib', 'Agence d’Information du Burkina', 'AIB'),
  A('nan', 'News Agency of Nigeria', 'NAN'),
  A('bbc', 'British Broadcasting Corporation', 'BBC', []),
  A('al-jazeera', 'Al Jazeera', null, ['Al-Jazeera', 'Aljazeera']),
  A('cnn', 'CNN', 'CNN', ['Cable News Network']),
  A('france-24', 'France 24', null, ['France24']),
  A('rfi', 'Radio France Internationale', 'RFI'),
  A('voa', 'Voice of America', 'VOA'),
  A('dw', 'Deutsche Welle', 'DW'),
  A('bloomberg', 'Bloomberg', null, ['Bloomberg News']),
  A('sputnik', 'Sputnik', null),
  A('euronews', 'Euronews', null),
  A('sky-news', 'Sky News', null),
  A('npr', 'National Public Radio', 'NPR'),
  A('nyt', 'The New York Times', null, ['New York Times']),
  A('washington-post', 'The Washington Post', null, ['Washington Post']),
  A('wsj', 'The Wall Street Journal', 'WSJ', ['Wall Street Journal']),
  A('guardian', 'The Guardian', null, []),
  A('financial-times', 'Financial Times', 'FT'),
  A('le-monde', 'Le Monde', null),
  A('jeune-afrique', 'Jeune Afrique', null),
  A('allafrica', 'AllAfrica', null, ['allAfrica']),
  A('sahara-reporters', 'Sahara Reporters', null),
  A('premium-times', 'Premium Times', null),
];
