import { RegExpParser, RegExpSyntaxError, type AST } from '@eslint-community/regexpp';

/**
 * A pattern's source read by regexpp (ESLint's ECMAScript regular-expression parser) and put in the few
 * terms the anchor analysis needs (compute.ts): a sequence of items, each an atom and how often it repeats.
 * Build and test time only: the extension and the CLI carry the anchors the build computed, not this parser.
 */

export type Atom =
  | { kind: 'char'; ch: string }
  /** A class, escape or dot: whether it can match a word character, and its members where few and known. */
  | { kind: 'set'; word: boolean; members?: string }
  /** `\b` ends a word or lets one start; `^` lets one start; `$`, `\B` and look-arounds consume nothing. */
  | { kind: 'assert'; endsWord: boolean; keepsWord: boolean; startsWord: boolean }
  | { kind: 'group'; alternatives: Item[][] };

export interface Item {
  atom: Atom;
  min: number;
  max: number;
  /** The item as written, quantifier included, so a pattern can be cut in two and put back together. */
  source: string;
  /** The same without its quantifier. */
  atomSource: string;
}

export const WORD = /\w/;

/** What the analysis does not follow (a back-reference, say): the pattern is then scanned in full. */
class Unsupported extends Error {}

/**
 * The top-level alternatives of `source`, or `undefined` where the pattern holds something the analysis does
 * not follow or is not a valid pattern. The flags are not known here (the table is keyed by source alone):
 * the source is read as a `u` pattern where it is one, else with the web's legacy syntax (Annex B), which is
 * how a pattern without `u` runs.
 */
export function readPattern(source: string): Item[][] | undefined {
  const pattern = parse(source, true) ?? parse(source, false);
  if (!pattern) return undefined;
  try {
    return pattern.alternatives.map(itemsOf);
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}

const parser = new RegExpParser();

function parse(source: string, unicode: boolean): AST.Pattern | undefined {
  try {
    return parser.parsePattern(source, 0, source.length, { unicode });
  } catch (e) {
    if (e instanceof RegExpSyntaxError) return undefined;
    throw e;
  }
}

const itemsOf = (alternative: AST.Alternative): Item[] => alternative.elements.map(itemOf);

function itemOf(element: AST.Element): Item {
  if (element.type !== 'Quantifier') return { atom: atomOf(element), min: 1, max: 1, source: element.raw, atomSource: element.raw };
  const atom = atomOf(element.element);
  // Annex B lets a look-ahead repeat; nothing written that way is worth following.
  if (atom.kind === 'assert') throw new Unsupported('quantified assertion');
  return { atom, min: element.min, max: element.max, source: element.raw, atomSource: element.element.raw };
}

function atomOf(node: Exclude<AST.Element, AST.Quantifier>): Atom {
  switch (node.type) {
    case 'Character':
      return { kind: 'char', ch: String.fromCodePoint(node.value) };
    case 'CharacterSet':
      return setOf(node);
    case 'CharacterClass':
      return classOf(node);
    case 'Group':
    case 'CapturingGroup':
      // A modifier group ("(?i:...)") reads as any other: tokens are lower-cased and `^`, `$` and `.` are
      // taken the same either way.
      return { kind: 'group', alternatives: node.alternatives.map(itemsOf) };
    case 'Assertion':
      switch (node.kind) {
        case 'start':
          return { kind: 'assert', endsWord: false, keepsWord: false, startsWord: true };
        case 'end':
          return { kind: 'assert', endsWord: true, keepsWord: false, startsWord: false };
        case 'word':
          return node.negate
            ? { kind: 'assert', endsWord: false, keepsWord: true, startsWord: false }
            : { kind: 'assert', endsWord: true, keepsWord: true, startsWord: true };
        default:
          // A look-around consumes nothing: the word being read goes on after it.
          return { kind: 'assert', endsWord: false, keepsWord: true, startsWord: false };
      }
    case 'Backreference':
      throw new Unsupported('back-reference');
    case 'ExpressionCharacterClass':
      throw new Unsupported('class set operation');
  }
}

/** `.`, `\d`, `\s`, `\w`, their negations and `\p{...}`: only `\s` never matches a word character. */
function setOf(node: AST.CharacterSet): Atom {
  if (node.kind === 'digit' && !node.negate) return { kind: 'set', word: true, members: '0123456789' };
  if (node.kind === 'space') return { kind: 'set', word: node.negate };
  if (node.kind === 'word') return { kind: 'set', word: !node.negate };
  return { kind: 'set', word: true };
}

/** A class can match a word character unless every member is plainly punctuation or white space. */
function classOf(node: AST.CharacterClass): Atom {
  let word = node.negate;
  // Plain characters are listed so that "[eé]" can be followed; anything else leaves the list unknown.
  let members: string | undefined = node.negate ? undefined : '';
  for (const element of node.elements) {
    if (element.type === 'Character') {
      const ch = String.fromCodePoint(element.value);
      word ||= WORD.test(ch);
      if (members !== undefined) members += ch;
      continue;
    }
    members = undefined;
    if (element.type === 'CharacterClassRange') {
      // Taken as able to match a word character (a-z, 0-9 and most ranges can).
      word = true;
    } else if (element.type === 'CharacterSet') {
      word ||= element.kind !== 'space' || element.negate;
    } else {
      throw new Unsupported('class of strings');
    }
  }
  return { kind: 'set', word, members: members && members.length <= 12 ? members.toLowerCase() : undefined };
}
