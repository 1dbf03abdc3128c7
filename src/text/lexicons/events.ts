// What happens to people and things: event words and the nouns of incidents.
// General English; nothing here is specific to one conflict or one text.

const set = (words: string) => new Set(words.trim().split(/\s+/));

/**
 * Event words: what happened to counted people or things. Verb forms map to themselves
 * (the participle as written is kept); nouns and other forms map to a participle.
 */
export const EVENT_WORDS: Readonly<Record<string, string>> = (() => {
  const m: Record<string, string> = Object.create(null);
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
export const INCIDENT_NOUN_FORMS = set(`
  attack attacks assault assaults offensive offensives raid raids strike strikes ambush ambushes bombing bombings
  incident incidents massacre massacres coup coups clash clashes operation operations wave waves round rounds
  explosion explosions killing killings kidnapping kidnappings abduction abductions siege sieges incursion incursions
  uprising uprisings battle battles protest protests election elections
`);
