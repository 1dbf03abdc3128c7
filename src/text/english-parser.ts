// retext-english's parser (parse-english), with its first step made cheaper.
//
// parse-latin starts by cutting the text into runs of word, white-space, punctuation and symbol
// characters, testing every character against three long regular expressions (a sixth of a
// seed's extraction time). Here each character's kind is looked up instead: asked of parse-latin
// itself once per distinct character (by tokenizing that one character), then remembered. The
// runs, their nodes and their positions are the same, object for object; everything after
// (parse-english's plugins, which merge and split those runs) is parse-english's own.
import type { Root, SentenceContent } from 'nlcst';
import type { Point } from 'unist';
import type { Plugin, Processor } from 'unified';
import { ParseEnglish } from 'parse-english';

type RunType = SentenceContent['type'];

/** Kinds of runs, as small numbers (0: not asked yet). */
const KINDS: readonly RunType[] = ['WordNode', 'WhiteSpaceNode', 'PunctuationNode', 'SymbolNode'];
const WORD = 1;
const WHITE_SPACE = 2;

/** Run kind + 1 of each UTF-16 code unit, as parse-latin classes it (filled as characters are met). */
const kindOfUnit = new Uint8Array(0x10000);
const asker = new ParseEnglish();

function kindOf(unit: number): number {
  let kind = kindOfUnit[unit];
  if (kind === 0) {
    // parse-latin's own verdict on this one character: the type of the single run it makes.
    const [run] = ParseEnglish.prototype.tokenize.call(asker, String.fromCharCode(unit));
    kind = KINDS.indexOf(run.type) + 1;
    kindOfUnit[unit] = kind;
  }
  return kind;
}

const isSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdfff;

/** parse-english with parse-latin's `tokenize` (runs of one kind of character) by table look-up. */
export class EnglishParser extends ParseEnglish {
  override tokenize(value: string | null | undefined): SentenceContent[] {
    const children: SentenceContent[] = [];
    if (!value) return children;
    const currentPoint = { line: 1, column: 1, offset: 0 };
    let from = 0;
    let index = 0;
    let start: Point = { ...currentPoint };
    let previousKind = 0;
    let previous = -1;
    // As parse-latin builds a run's node: a word holds one text node; both share the start point.
    const createNode = (kind: number, text: string): SentenceContent => {
      const type = KINDS[kind - 1];
      return type === 'WordNode'
        ? { type, children: [{ type: 'TextNode', value: text, position: { start, end: { ...currentPoint } } }], position: { start, end: { ...currentPoint } } }
        : ({ type, value: text, position: { start, end: { ...currentPoint } } } as SentenceContent);
    };
    while (index < value.length) {
      const unit = value.charCodeAt(index);
      const kind = kindOf(unit);
      // A run goes on while the kind stays a word or white space, or the same punctuation or
      // symbol character repeats, or surrogates continue it.
      if (from < index && previousKind && !(previousKind === kind && (kind === WORD || kind === WHITE_SPACE || unit === previous || isSurrogate(unit)))) {
        children.push(createNode(previousKind, value.slice(from, index)));
        from = index;
        start = { ...currentPoint };
      }
      if (unit === 13 || (unit === 10 && previous !== 13)) {
        currentPoint.line++;
        currentPoint.column = 1;
      } else if (unit !== 10) {
        currentPoint.column++;
      }
      currentPoint.offset++;
      previousKind = kind;
      previous = unit;
      index++;
    }
    if (previousKind && from < index) children.push(createNode(previousKind, value.slice(from, index)));
    return children;
  }
}

/** unified plugin: retext-english, with `EnglishParser` (the same tree, sooner). */
const retextEnglishParser: Plugin<[], string, Root> = function (this: Processor) {
  const extensions = (name: 'nlcstParagraphExtensions' | 'nlcstRootExtensions' | 'nlcstSentenceExtensions') => this.data(name) as [] | undefined;
  this.parser = (value: string) => {
    const parser = new EnglishParser();
    // As retext-english: extensions other plugins registered run before parse-english's own.
    parser.tokenizeParagraphPlugins.unshift(...(extensions('nlcstParagraphExtensions') ?? []));
    parser.tokenizeRootPlugins.unshift(...(extensions('nlcstRootExtensions') ?? []));
    parser.tokenizeSentencePlugins.unshift(...(extensions('nlcstSentenceExtensions') ?? []));
    return parser.parse(value);
  };
};
export default retextEnglishParser;
