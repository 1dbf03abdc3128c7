import { describe, expect, it } from 'vitest';
import { run, slice } from '../../fixtures/statements/run.ts';

const byText = (file: ReturnType<typeof run>, start: string) => {
  const q = (file.data.quotes ?? []).find((x) => x.text.startsWith(start));
  if (!q) throw new Error(`no quote starting with ${start}: ${JSON.stringify(file.data.quotes?.map((x) => x.text))}`);
  return q;
};

describe('quotes: attribution patterns', () => {
  const text = [
    'Fighters attacked the village of Mukondi overnight. “They came with machetes and guns,” said Kahindo Mbusa, a farmer who hid in the bush. “By morning, the market was ashes.”',
    'The provincial governor, Jean-Pierre Kalume, told reporters that troops had been sent. “We will not abandon Beni,” he said.',
    'According to a local aid worker, “the clinics have run out of blood.”',
    'The army described the attackers as “terrorists without a cause”.',
    'A resident in Oicha, who asked not to be named, told AFP: "We sleep in the forest now."',
    'Speaking at a press conference in Kinshasa, Interior Minister Solange Mbuyi condemned the killings, noting that "the perpetrators will be found."',
    '"The road to Butembo is closed," the official statement said.',
  ].join('\n');
  const file = run(text, { agencies: [{ name: 'AFP' }] });

  it('reads "…," said X and carries the speaker into the continued quotation', () => {
    expect(byText(file, 'They came').speaker).toBe('Kahindo Mbusa');
    expect(byText(file, 'By morning').speaker).toBe('Kahindo Mbusa');
    expect(byText(file, 'They came').fragment).toBe(false);
  });
  it('resolves "he said" to the person named as subject of the previous sentence', () => {
    expect(byText(file, 'We will not abandon').speaker).toBe('Jean-Pierre Kalume');
  });
  it('reads "according to X" and described speakers', () => {
    expect(byText(file, 'the clinics').speaker).toBe('a local aid worker');
    expect(byText(file, 'We sleep').speaker).toBe('a resident in Oicha');
    expect(byText(file, 'We sleep').reportedBy).toBe('AFP');
    expect(byText(file, 'The road').speaker).toBe('the official statement');
  });
  it('marks a short scare quote as a fragment and still gives its speaker', () => {
    const q = byText(file, 'terrorists without');
    expect(q.fragment).toBe(true);
    expect(q.speaker).toBe('the army');
  });
  it('gives a participle clause ("…, noting that") the subject of its main clause, without the title', () => {
    expect(byText(file, 'the perpetrators').speaker).toBe('Solange Mbuyi');
  });
  it('keeps offsets on the marks and provenance on the sentence', () => {
    const q = byText(file, 'We will not abandon');
    expect(slice(file, q)).toBe('“We will not abandon Beni,”');
    expect(q.sentence).toBe('“We will not abandon Beni,” he said.');
    expect(slice(file, { start: q.sentenceStart, end: q.sentenceEnd })).toBe(q.sentence);
  });
});

describe('quotes: misattribution traps', () => {
  it('gives each of two speakers in one paragraph their own quotation', () => {
    const file = run(
      'Colonel Ahmed Warsame said the base had held. “We repelled them within an hour,” he said. Local elder Hawa Nur disputed that account. “They took the whole town,” she said.',
    );
    expect(byText(file, 'We repelled').speaker).toBe('Ahmed Warsame');
    expect(byText(file, 'They took').speaker).toBe('Hawa Nur');
  });
  it('does not hand a quotation to the person whose statement follows it', () => {
    const file = run(
      '“The situation is under control,” the governor, Ibrahim Tanko, told reporters. Opposition lawmaker Grace Okafor said the toll was far higher. “Nobody is telling the truth,” she said.',
    );
    expect(byText(file, 'The situation').speaker).toBe('Ibrahim Tanko');
    expect(byText(file, 'Nobody').speaker).toBe('Grace Okafor');
  });
  it('takes the speaker from the quotation’s own sentence, not the previous one', () => {
    const file = run('Minister Paul Mensah announced new patrols on Monday. Police chief Adama Sow described the attackers as “well-armed and organised”.');
    expect(byText(file, 'well-armed').speaker).toBe('Adama Sow');
  });
  it('does not continue a quotation across a sentence by someone else', () => {
    const file = run('“We are ready,” said Captain Idris Musa. The mayor, Ruth Adeyemi, rejected the claim. “Nobody protected us.”');
    expect(byText(file, 'We are ready').speaker).toBe('Idris Musa');
    expect(byText(file, 'Nobody protected').speaker).toBe('Ruth Adeyemi');
  });
  it('leaves a quotation without a clear speaker unattributed, and a term mentioned in quotes is no quotation', () => {
    const file = run('Talks resumed in Doha. The word “ceasefire” appears nowhere in the draft. “Death to the traitors, death to the thieves” was written on the walls of the ministry.');
    expect(file.data.quotes?.map((q) => [q.text, q.speaker])).toEqual([['Death to the traitors, death to the thieves', null]]);
  });
  it('carries the account of an attributed sentence into the next unattributed one of its paragraph', () => {
    const file = run('The air force said it had downed 103 drones. Another 40 were “locationally lost”.\nThe town was “calm”.');
    expect(byText(file, 'locationally').speaker).toBe('the air force');
    expect(file.data.quotes?.map((q) => q.text)).toEqual(['locationally lost']);
  });
  it('resolves "they" to the group that was the previous subject, not to a person', () => {
    const file = run('The rebels of the M23 movement seized the border post. They later described the operation as “a liberation”.');
    expect(byText(file, 'a liberation').speaker).toBe('the rebels of the M23 movement');
  });
});

describe('quotes: marks and entities', () => {
  it('pairs straight, curly and mixed marks and never takes apostrophes for quotes', () => {
    const file = run('The ministry called the raid "cowardly” and vowed revenge. Mali’s neighbours said the rebels’ convoy was "heading north".');
    expect(file.data.quotes?.map((q) => q.text)).toEqual(['cowardly', 'heading north']);
    expect(byText(file, 'cowardly').speaker).toBe('the ministry');
    expect(byText(file, 'heading').speaker).toBe('Mali’s neighbours');
  });
  it('resolves speakers to person and organization entities, with the person’s full name', () => {
    const file = run('General Abdourahamane Tiani addressed the nation. “We will retake every village,” Tiani said. The junta’s critics were unmoved. ISWAP, in a statement, called the claim “a lie”.', {
      people: [{ name: 'Abdourahamane Tiani', forms: ['Abdourahamane Tiani', 'Tiani'] }],
      organizations: [{ name: 'Islamic State West Africa Province', acronym: 'ISWAP', kind: 'armed-group' }],
    });
    const q = byText(file, 'We will retake');
    expect(q.speaker).toBe('Abdourahamane Tiani');
    expect(q.speakerEntity).toEqual({ type: 'person', id: 'p-abdourahamane-tiani' });
    const lie = byText(file, 'a lie');
    expect(lie.speaker).toBe('ISWAP');
    expect(lie.speakerEntity).toEqual({ type: 'organization', id: 'o-islamic-state-west-africa-province' });
  });
  it('resolves a bare surname to the person introduced earlier with a title, without entities', () => {
    const file = run('Speaking in Abuja, Major General Edward Buba briefed reporters. “The operation continues,” Buba said.');
    expect(byText(file, 'The operation').speaker).toBe('Edward Buba');
  });
  it('continues a quotation into the next paragraph', () => {
    const file = run('“We lost everything,” said Amina Sule, a trader.\n“The children are still missing.”');
    expect(byText(file, 'The children').speaker).toBe('Amina Sule');
  });
});

describe('quotes: partitives and pronouns in the same sentence', () => {
  it('reads "one of the sources said" and prefers the sentence subject for "it"', () => {
    const file = run('"The convoy was hit by a mine," one of the sources said. The Emergency Lawyers group blamed the RSF for the attack, which it called a "massacre".');
    expect(byText(file, 'The convoy').speaker).toBe('one of the sources');
    expect(byText(file, 'massacre').speaker).toBe('the Emergency Lawyers group');
  });
});

describe('quotes: generic references to a unique organization', () => {
  it('links "the army" to the report’s only state force, and not when there are two', () => {
    const one = run('The army said the town was calm. The army described the raid as “a failure”.', {
      organizations: [{ name: 'Sudanese Armed Forces', acronym: 'SAF', kind: 'state-force' }],
    });
    expect(byText(one, 'a failure')).toMatchObject({ speaker: 'the army', speakerEntity: { type: 'organization', id: 'o-sudanese-armed-forces' } });
    const two = run('The army described the raid as “a failure”.', {
      organizations: [
        { name: 'Sudanese Armed Forces', kind: 'state-force' },
        { name: 'Chadian Army', kind: 'state-force' },
      ],
    });
    expect(byText(two, 'a failure').speakerEntity).toBeNull();
  });
});

describe('quotes: wire-style attributions', () => {
  it('skips a relative clause between the quotation and its speaker', () => {
    const file = run('“We have run out of body bags,” a nurse, who asked not to be named, told Reuters.', { agencies: [{ name: 'Reuters' }] });
    expect(byText(file, 'We have run out')).toMatchObject({ speaker: 'a nurse', reportedBy: 'Reuters' });
  });
  it('gives a scare quote inside a reported clause the reporting subject, not a later noun phrase', () => {
    const file = run('The Rapid Support Forces (RSF) said in a statement that its troops had "liberated" several neighbourhoods, a claim the army denied.');
    expect(byText(file, 'liberated').speaker).toBe('the Rapid Support Forces (RSF)');
  });
  it('does not take a participle after a document ("a video posted on …") for the reporting verb', () => {
    const file = run('Its leader, Wilson Dorval, said in a video posted on social media that the attack was "a message" to residents.');
    expect(byText(file, 'a message').speaker).toBe('Wilson Dorval');
  });
  it('reads a trailing ", it said" and resolves "it" to whoever spoke before, not the previous subject', () => {
    const file = run('Russia launched 188 drones overnight, the Ukrainian air force said. Air defences shot down 76 of them, while another 96 were "lost", it said.');
    expect(byText(file, 'lost').speaker).toBe('the Ukrainian air force');
  });
  it('attributes a quotation running over paragraphs to the speaker named at its end', () => {
    const file = run('The agency said 700 people had fled. "Many arrive with nothing.\n"Children make up half of the arrivals," IOM spokesperson Laura Bianchi told reporters.');
    expect(byText(file, 'Many arrive').speaker).toBe('Laura Bianchi');
    expect(byText(file, 'Children make up').speaker).toBe('Laura Bianchi');
  });
  it('keeps the first speaker of a quotation running over paragraphs when it names one', () => {
    const file = run('Prime Minister Jean-Robert Pierre-Louis said: "We will retake every neighbourhood.\n"Those responsible will be found," he said.');
    expect(byText(file, 'We will retake').speaker).toBe('Jean-Robert Pierre-Louis');
    expect(byText(file, 'Those responsible').speaker).toBe('Jean-Robert Pierre-Louis');
  });
  it('reads a nickname inside a name as part of the name, not a quotation', () => {
    const file = run('The violence erupted after the arrest of Ismael "El Mayo" Zambada in Texas. The army called it "a turning point".');
    expect(file.data.quotes?.map((q) => q.text)).toEqual(['a turning point']);
  });
  it('resolves "the minister" to the minister named before, and a bare surname to a name in apposition', () => {
    const file = run(
      'Interior Minister Samuel Otieno said 41 officers were injured. “The police will not allow anarchy,” the minister said.\n' +
        'The United Nations envoy for Sudan, Ramtane Lamamra, arrived on Saturday. Lamamra said: "The fighting must stop."',
    );
    expect(byText(file, 'The police').speaker).toBe('Samuel Otieno');
    expect(byText(file, 'The fighting').speaker).toBe('Ramtane Lamamra');
  });
  it('reads "…, added the prime minister" and "…, according to a statement from X, Name"', () => {
    const file = run(
      '"We are doing everything we can," added the prime minister.\n' +
        '"We have lost contact with the crew," according to a statement from the ship\'s operator, Seaborne Lines, which said it was working with navies.',
    );
    expect(byText(file, 'We are doing').speaker).toBe('the prime minister');
    expect(byText(file, 'We have lost').speaker).toBe('Seaborne Lines');
  });
  it('pairs single quotation marks around words with apostrophes and keeps a nested quotation whole', () => {
    const file = run("‘I don't know if he is alive,’ said Noor Bibi, a passenger.\n\"My son kept asking me, 'Are they coming back?' I had no answer,\" said Ali Hammoud.");
    expect(byText(file, 'I don')).toMatchObject({ text: "I don't know if he is alive", speaker: 'Noor Bibi' });
    expect(byText(file, 'My son')).toMatchObject({ text: "My son kept asking me, 'Are they coming back?' I had no answer", speaker: 'Ali Hammoud' });
    expect(file.data.quotes).toHaveLength(2);
  });
  it('gives both halves of a quotation interrupted mid-sentence the same speaker', () => {
    const file = run('Prosecutor Sara Quiñónez spoke in Culiacan. "We are," she said, "facing an unprecedented wave of violence."');
    expect(byText(file, 'We are').speaker).toBe('Sara Quiñónez');
    expect(byText(file, 'facing').speaker).toBe('Sara Quiñónez');
  });
});
