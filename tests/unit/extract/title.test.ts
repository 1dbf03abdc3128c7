import { describe, expect, it } from 'vitest';
import { isHeadline, titleFromSentence } from '../../../src/extract/plugins/title.ts';
import { run } from '../../fixtures/statements/run.ts';

const BODY = 'Gunmen killed at least 20 people in an attack on a village in Zamfara state on Sunday, police said. Residents fled to nearby towns.';

describe('title plugin', () => {
  it('uses the text’s own title-case headline', () => {
    const file = run(`Gunmen Kill 20 in Raid on Zamfara Village\n${BODY}`);
    expect(file.data.title).toBe('Gunmen Kill 20 in Raid on Zamfara Village');
    expect(file.data.titleSource).toBe('headline');
  });
  it('uses a sentence-case first line as the headline, but not a byline', () => {
    expect(run(`Gunmen kill 20 in raid on Zamfara village\n${BODY}`).data.title).toBe('Gunmen kill 20 in raid on Zamfara village');
    const byline = run(`By Amina Yusuf and Tom Clarke\n${BODY}`);
    expect(byline.data.titleSource).toBe('lead');
  });
  it('generates a headline from the lead: main clause, no date, headline present tense', () => {
    const file = run(BODY, { published: '2024-05-14' });
    expect(file.data.titleSource).toBe('lead');
    expect(file.data.title).toBe('Gunmen kill at least 20 people in attack in Zamfara state');
  });
});

describe('titleFromSentence', () => {
  const cases: [string, string][] = [
    [
      'In a fresh wave of violence, armed men have killed at least 20 villagers in a series of raids across several districts of Zamfara state on Sunday, local officials said.',
      'Armed men kill at least 20 villagers across several districts of Zamfara',
    ],
    ['The Sudanese army has retaken the presidential palace in Khartoum, the military said on Friday.', 'Sudanese army retakes presidential palace in Khartoum'],
    ['Israeli strikes killed at least 45 people in Gaza overnight, health officials said.', 'Israeli strikes kill at least 45 people in Gaza'],
    ["Myanmar's military junta will hold elections in December, state media reported.", "Myanmar's military junta to hold elections in December"],
    ['The United Nations warned that famine has taken hold in parts of Sudan.', 'United Nations warns famine has taken hold in parts of Sudan'],
    ['Two police officers were killed and three wounded in an ambush near Tillaberi on Monday.', 'Two police officers killed and three wounded in ambush near Tillaberi'],
  ];
  for (const [sentence, expected] of cases) {
    it(`rewrites "${sentence.slice(0, 40)}…"`, () => {
      const title = titleFromSentence(sentence);
      expect(title).toBe(expected);
      expect(title.split(' ').length).toBeLessThanOrEqual(12);
      expect(title).not.toMatch(/[.,;:!?]$/);
    });
  }
});

describe('isHeadline', () => {
  it('accepts title-case lines and rejects sentences', () => {
    expect(isHeadline('Escalating Violence and Regional Dynamics')).toBe(true);
    expect(isHeadline('The army said it repelled the attack.')).toBe(false);
    expect(isHeadline('Leave a comment')).toBe(false);
  });
});

describe('title: datelines', () => {
  it('drops a wire dateline from a generated headline', () => {
    expect(titleFromSentence('KAYES, Mali (AP) — Islamic extremists attacked three army camps in western Mali early Tuesday, the military said.')).toBe(
      'Islamic extremists attack three army camps in western Mali',
    );
  });
});
