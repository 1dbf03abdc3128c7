import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { wordDoc, type Doc } from '../../text/words.ts';

/**
 * The words of the seed, sentence by sentence (`src/text/words.ts`), for the name finders of
 * the places, organizations and people plugins: built once, after the sentences.
 */
export default function words() {
  return (_tree: Root, file: VFile) => {
    file.data.words = wordDoc(String(file.value), file.data.sentences ?? []);
  };
}

/** The words the `words` plugin left on the file. */
export function wordsOf(file: VFile): Doc {
  const doc = file.data.words;
  if (!doc) throw new Error('the words plugin runs before the name finders');
  return doc;
}
