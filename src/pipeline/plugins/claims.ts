import type { Root } from 'nlcst';
import type { VFile } from 'vfile';

// Placeholder until the claims extractor lands: yields no results.
export default function claims(_options?: unknown) {
  return (_tree: Root, file: VFile) => {
    file.data.claims = [];
  };
}
