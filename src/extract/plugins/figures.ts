import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import type { Figure } from '../../schemas/statements.ts';
import { provenanceAt } from '../provenance.ts';
import { attributionOf, numbersOf } from '../attribution/analysis.ts';
import { attributionAt } from '../attribution/quote-attribution.ts';
import { FIGURE_HANDLERS, figureKind, type FigureOptions } from '../numbers/figures.ts';

export type { FigureOptions as FiguresOptions } from '../numbers/figures.ts';

/**
 * Figures: counts with what they count (`unit`) and what happened to it (`subject`), plus
 * percentages, money, incident ordinals and measure durations, each with its claimant.
 * Each number mention goes to the handler of its kind (`FIGURE_HANDLERS` in numbers/figures.ts);
 * counts need a counted noun; years, dates, ages, times and distances are never figures.
 */
export default function figures(options: FigureOptions = {}) {
  return (_tree: Root, file: VFile) => {
    const a = attributionOf(file);
    const out: Figure[] = [];
    for (const s of a.sentences) {
      const { tokens } = s.clause;
      for (const m of numbersOf(s)) {
        const kind = figureKind(m.kind);
        const reading = kind && FIGURE_HANDLERS[kind]!({ analysis: a, sentence: s, tokens, mention: m, found: out, options });
        if (!kind || !reading) continue;
        const start = tokens[m.first].start;
        const attribution = attributionAt(a, tokens[m.numFirst].start);
        const claimant = attribution.speaker;
        out.push({
          ...provenanceAt(file, start),
          value: m.value,
          max: m.max,
          qualifier: m.qualifier ?? reading.tollQualifier,
          approximate: m.approximate,
          kind,
          unit: reading.unit,
          subject: reading.subject,
          claimedBy: claimant?.text ?? null,
          claimedByEntity: claimant?.entity ?? null,
          reportedBy: attribution.reportedBy && attribution.reportedBy !== claimant?.text ? attribution.reportedBy : null,
          start,
          end: tokens[reading.endToken].end,
        });
      }
    }
    file.data.figures = out;
  };
}
