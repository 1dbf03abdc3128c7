import type { Root } from 'nlcst';
import type { VFile } from 'vfile';

// Placeholder until the dates extractor lands: yields no results.
export default function dates(_options?: unknown) {
  return (_tree: Root, file: VFile) => {
    file.data.dates = [];
    file.data.eventDate = null;
    file.data.eventDateText = null;
  };
}
