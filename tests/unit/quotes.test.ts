import { describe, expect, it } from 'vitest';
import { run, slice } from '../fixtures/statements/run.ts';

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
  it('leaves a quotation without a clear speaker unattributed', () => {
    const file = run('Talks resumed in Doha. The word “ceasefire” appears nowhere in the draft.');
    expect(byText(file, 'ceasefire').speaker).toBeNull();
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
