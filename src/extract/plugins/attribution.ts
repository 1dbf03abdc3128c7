import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { analyzeAttribution } from '../attribution/analyze.ts';

/**
 * Who says what (`src/extract/attribution/`): clauses, quotation spans and the names a text
 * introduces, read once after the entity plugins, for the dates, figures, quotes and claims
 * plugins.
 */
export default function attribution() {
  return (_tree: Root, file: VFile) => {
    file.data.attribution = analyzeAttribution(file);
  };
}
