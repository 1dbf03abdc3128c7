import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { structureOf } from '../../text/structure.ts';

/**
 * Paragraphs and sentences with their offsets in the seed text (`src/text/structure.ts`): the
 * frame every other plugin attaches provenance to.
 */
export default function structure() {
  return (tree: Root, file: VFile) => {
    const { paragraphs, sentences, wordCount } = structureOf(String(file.value), tree);
    file.data.paragraphs = paragraphs;
    file.data.sentences = sentences;
    file.data.wordCount = wordCount;
  };
}
