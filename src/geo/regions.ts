// Geographic regions larger or other than a country, with an approximate centroid
// (hand-made, general: continents, sub-regions, basins, seas). Regions have precision 'region'.

export interface Region {
  id: string;
  name: string;
  /** Other names for it. */
  aliases: string[];
  /** Adjectives that refer to it before a geographic noun ("West African coast"). */
  adjectives: string[];
  lat: number;
  lon: number;
}

const R = (id: string, name: string, lat: number, lon: number, aliases: string[] = [], adjectives: string[] = []): Region => ({ id, name, aliases, adjectives, lat, lon });

export const REGIONS: Region[] = [
  R('africa', 'Africa', 2, 17, [], ['African']),
  R('sub-saharan-africa', 'Sub-Saharan Africa', 0, 20, [], ['sub-Saharan']),
  R('west-africa', 'West Africa', 12, -3, ['Western Africa'], ['West African']),
  R('east-africa', 'East Africa', 1, 38, ['Eastern Africa'], ['East African']),
  R('north-africa', 'North Africa', 28, 10, ['Northern Africa'], ['North African']),
  R('southern-africa', 'Southern Africa', -25, 25, [], ['Southern African']),
  R('central-africa', 'Central Africa', 2, 20, ['Middle Africa'], []),
  R('horn-of-africa', 'Horn of Africa', 8, 45, [], []),
  R('sahel', 'Sahel', 14.5, 0, [], ['Sahelian']),
  R('central-sahel', 'Central Sahel', 14, -1, [], []),
  R('sahara', 'Sahara', 23, 10, ['Sahara Desert'], ['Saharan']),
  R('maghreb', 'Maghreb', 31, 3, [], ['Maghrebi']),
  R('liptako-gourma', 'Liptako-Gourma', 14, 0.5, [], []),
  R('lake-chad-basin', 'Lake Chad Basin', 13, 14, ['Lake Chad region'], []),
  R('lake-chad', 'Lake Chad', 13, 14.5, [], []),
  R('gulf-of-guinea', 'Gulf of Guinea', 2, 3, [], []),
  R('great-lakes-africa', 'African Great Lakes', -2, 30, ['Great Lakes region'], []),
  R('niger-delta', 'Niger Delta', 5, 6, [], []),
  R('darfur', 'Darfur', 13.5, 24, [], []),
  R('middle-east', 'Middle East', 29, 42, ['Mideast'], ['Middle Eastern']),
  R('levant', 'Levant', 33.5, 36, [], ['Levantine']),
  R('persian-gulf', 'Persian Gulf', 26.5, 52, ['Gulf region', 'Arabian Gulf'], []),
  R('arabian-peninsula', 'Arabian Peninsula', 23, 46, [], []),
  R('red-sea', 'Red Sea', 20, 38.5, [], []),
  R('gulf-of-aden', 'Gulf of Aden', 12.5, 48, [], []),
  R('bab-el-mandeb', 'Bab el-Mandeb', 12.6, 43.4, ['Bab al-Mandab', 'Bab el-Mandeb Strait', 'Bab al-Mandab Strait'], []),
  R('strait-of-hormuz', 'Strait of Hormuz', 26.6, 56.3, ['Hormuz Strait'], []),
  R('gulf-of-oman', 'Gulf of Oman', 24.5, 58.5, [], []),
  R('arabian-sea', 'Arabian Sea', 15, 65, [], []),
  R('indian-ocean', 'Indian Ocean', -20, 80, [], []),
  R('atlantic-ocean', 'Atlantic Ocean', 0, -30, ['Atlantic'], []),
  R('pacific-ocean', 'Pacific Ocean', 0, -160, ['Pacific'], []),
  R('black-sea', 'Black Sea', 43.4, 34, [], []),
  R('sea-of-azov', 'Sea of Azov', 46, 36.5, [], []),
  R('caspian-sea', 'Caspian Sea', 41.5, 50.5, [], []),
  R('baltic-sea', 'Baltic Sea', 58, 20, [], []),
  R('baltic-states', 'Baltic states', 57, 24, ['Baltics'], []),
  R('aegean-sea', 'Aegean Sea', 39, 25, ['Aegean'], []),
  R('south-china-sea', 'South China Sea', 12, 114, [], []),
  R('east-china-sea', 'East China Sea', 30, 125, [], []),
  R('taiwan-strait', 'Taiwan Strait', 24.5, 119.5, [], []),
  R('korean-peninsula', 'Korean Peninsula', 37.5, 127.5, [], []),
  R('suez-canal', 'Suez Canal', 30.6, 32.3, [], []),
  R('golan-heights', 'Golan Heights', 33, 35.75, ['Golan'], []),
  R('nile', 'Nile', 15.6, 32.5, ['Nile River', 'River Nile'], []),
  R('lake-victoria', 'Lake Victoria', -1, 33, [], []),
  R('lake-tanganyika', 'Lake Tanganyika', -6, 29.5, [], []),
  R('rift-valley-africa', 'Great Rift Valley', 0, 36, [], []),
  R('cape-of-good-hope', 'Cape of Good Hope', -34.36, 18.47, [], []),
  R('english-channel', 'English Channel', 50.2, -1, [], []),
  R('gulf-of-mexico', 'Gulf of Mexico', 25, -90, [], []),
  R('mediterranean', 'Mediterranean', 35, 18, ['Mediterranean Sea'], []),
  R('sinai', 'Sinai', 29.5, 33.8, ['Sinai Peninsula'], []),
  R('gaza-strip', 'Gaza Strip', 31.4, 34.35, [], []),
  R('west-bank', 'West Bank', 31.9, 35.25, [], []),
  R('kurdistan', 'Kurdistan', 36.5, 44, [], []),
  R('caucasus', 'Caucasus', 42.5, 44.5, [], []),
  R('central-asia', 'Central Asia', 45, 65, [], ['Central Asian']),
  R('south-asia', 'South Asia', 22, 78, [], ['South Asian']),
  R('southeast-asia', 'Southeast Asia', 5, 110, ['South-East Asia'], ['Southeast Asian']),
  R('east-asia', 'East Asia', 35, 115, [], ['East Asian']),
  R('kashmir', 'Kashmir', 34, 76, [], ['Kashmiri']),
  R('asia', 'Asia', 34, 100, [], ['Asian']),
  R('europe', 'Europe', 50, 10, [], ['European']),
  R('eastern-europe', 'Eastern Europe', 50, 30, [], ['Eastern European']),
  R('western-europe', 'Western Europe', 48, 5, [], ['Western European']),
  R('balkans', 'Balkans', 43, 21, [], ['Balkan']),
  R('donbas', 'Donbas', 48, 38, ['Donbass'], []),
  R('scandinavia', 'Scandinavia', 62, 15, [], ['Scandinavian']),
  R('latin-america', 'Latin America', -10, -60, [], ['Latin American']),
  R('south-america', 'South America', -15, -60, [], ['South American']),
  R('central-america', 'Central America', 14, -87, [], ['Central American']),
  R('north-america', 'North America', 45, -100, [], ['North American']),
  R('caribbean', 'Caribbean', 17, -72, [], ['Caribbean']),
  R('oceania', 'Oceania', -20, 150, [], []),
  R('arctic', 'Arctic', 80, 0, [], []),
];
