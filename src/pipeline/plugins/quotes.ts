import type { Root } from 'nlcst';
import type { VFile } from 'vfile';

// Placeholder until the quotes extractor lands: yields no results.
export default function quotes(_options?: unknown) {
  return (_tree: Root, file: VFile) => {
    file.data.quotes = [];
  };
}
