import type { Root } from 'nlcst';
import type { VFile } from 'vfile';

// Placeholder until the places extractor lands: yields no results.
export default function places(_options?: unknown) {
  return (_tree: Root, file: VFile) => {
    file.data.places = [];
  };
}
