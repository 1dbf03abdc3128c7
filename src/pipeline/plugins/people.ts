import type { Root } from 'nlcst';
import type { VFile } from 'vfile';

// Placeholder until the people extractor lands: yields no results.
export default function people(_options?: unknown) {
  return (_tree: Root, file: VFile) => {
    file.data.people = [];
  };
}
