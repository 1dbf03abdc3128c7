import type { Root } from 'nlcst';
import type { VFile } from 'vfile';

// Placeholder until the figures extractor lands: yields no results.
export default function figures(_options?: unknown) {
  return (_tree: Root, file: VFile) => {
    file.data.figures = [];
  };
}
