// The host of the compiled scanner (scanner.as.ts, built into scanner.wasm.ts): writes its tables
// from the definitions in words.ts and the rare words of landmarks.ts, copies each text into its
// memory (once for both uses) and reads back what it found. Only text of one byte per character
// can be copied so; other text is read by the regular expressions of landmarks.ts and the word
// walk of phrases.ts.
import { isJoiner, isLetter } from "./words.ts";
import type { FoundWords, WordFinder } from "./phrases.ts";
import type { Span } from "./sentences.ts";
import { SCANNER_WASM } from "./scanner.wasm.ts";

interface ScannerExports {
  memory: WebAssembly.Memory;
  CLASSES: WebAssembly.Global;
  FOLDS: WebAssembly.Global;
  PAIRS: WebAssembly.Global;
  TRIE: WebAssembly.Global;
  configure(symbolCount: number, nodeCount: number): void;
  scan(text: number, length: number, words: number, rare: number, counts: number): void;
  wordsIn(text: number, length: number, spans: number, spanCount: number, bits: number, bitMask: number, caseSensitive: number, out: number): number;
}

/** What one scan found, valid until the next: word i is memory[words + 2i, words + 2i + 1], rare place i is memory[rare + i]. */
export interface Scanned {
  memory: Int32Array;
  words: number;
  wordCount: number;
  rare: number;
  rareCount: number;
}

const LETTER = 1;
const JOINER = 2;
const WORD = 4;
const PAGE = 65536;

export class Scanner implements WordFinder {
  /** The longest text it takes: its memory holds about 13 bytes per character of the text (a longer one would be read with regular expressions). */
  static readonly LONGEST = 1 << 24;

  private readonly wasm: ScannerExports;
  /** Where the phrase index's bits go (wordsIn): after the tables. */
  private readonly bitsAt: number;
  /** Where the text goes: after the bits. */
  private textAt: number;
  private bytes!: Buffer;
  private ints!: Int32Array;
  /** The text in memory now, and the bits. */
  private loaded: string | null = null;
  private loadedBits: Uint32Array | null = null;

  /** `rareWords`: each starts and ends with a word character (\w), and is ASCII. */
  constructor(rareWords: string[]) {
    const module = new WebAssembly.Module(Buffer.from(SCANNER_WASM, "base64"));
    this.wasm = new WebAssembly.Instance(module, {}).exports as unknown as ScannerExports;
    const { trie, symbols, nodes } = trieOf(rareWords);
    const tablesEnd = (this.wasm.TRIE.value as number) + nodes * symbols * 2 + nodes;
    this.bitsAt = this.textAt = align(tablesEnd);
    this.reserve(this.textAt);
    const b = this.bytes;
    for (let c = 0; c < 256; c++) {
      const char = String.fromCharCode(c);
      b[(this.wasm.CLASSES.value as number) + c] = (isLetter(char, 0) ? LETTER : 0) | (isJoiner(c) ? JOINER : 0) | (/\w/.test(char) ? WORD : 0);
      b[(this.wasm.FOLDS.value as number) + c] = trie.symbolOf.get(char.toLowerCase()) ?? 0;
    }
    for (const word of trie.words) {
      const pair = (word.charCodeAt(0) | (word.charCodeAt(1) << 8)) | 0x2020;
      b[(this.wasm.PAIRS.value as number) + (pair >> 3)]! |= 1 << (pair & 7);
    }
    const trieAt = this.wasm.TRIE.value as number;
    for (let i = 0; i < trie.children.length; i++) b.writeUInt16LE(trie.children[i]!, trieAt + 2 * i);
    for (let node = 0; node < nodes; node++) b[trieAt + nodes * symbols * 2 + node] = trie.ends[node]!;
    this.wasm.configure(symbols, nodes);
  }

  /** Scans text, all of whose characters are below U+0100. */
  scan(text: string): Scanned {
    const length = text.length;
    // Each word and each place takes at least one character.
    const words = align(this.textAt + length + 16);
    const rare = words + 8 * length;
    const counts = rare + 4 * length;
    this.reserve(counts + 8);
    this.load(text);
    this.wasm.scan(this.textAt, length, words, rare, counts);
    return { memory: this.ints, words: words >> 2, wordCount: this.ints[counts >> 2]!, rare: rare >> 2, rareCount: this.ints[(counts >> 2) + 1]! };
  }

  wordsIn(text: string, spans: Span[], bits: Uint32Array, caseSensitive: boolean): FoundWords {
    if (bits !== this.loadedBits) {
      this.textAt = align(this.bitsAt + bits.byteLength);
      this.reserve(this.textAt);
      new Uint32Array(this.ints.buffer, this.bitsAt, bits.length).set(bits);
      this.loadedBits = bits;
      this.loaded = null;
    }
    const spansAt = align(this.textAt + text.length + 16);
    const out = spansAt + 8 * spans.length;
    this.reserve(out + 8 * text.length);
    this.load(text);
    spans.forEach((span, i) => {
      this.ints[(spansAt >> 2) + 2 * i] = span.start;
      this.ints[(spansAt >> 2) + 2 * i + 1] = span.end;
    });
    const count = this.wasm.wordsIn(this.textAt, text.length, spansAt, spans.length, this.bitsAt, 32 * bits.length - 1, caseSensitive ? 1 : 0, out);
    return { memory: this.ints, at: out >> 2, count };
  }

  /** Copies text into memory, one byte per character, followed by 16 zero bytes (the memory must hold them). */
  private load(text: string): void {
    if (text === this.loaded) return;
    this.bytes.write(text, this.textAt, "latin1");
    this.bytes.fill(0, this.textAt + text.length, this.textAt + text.length + 16);
    this.loaded = text;
  }

  /** Grows the memory to `bytes` at least. */
  private reserve(bytes: number): void {
    // The views are made again only when the memory grows (which detaches them): asking the memory for its buffer costs a call into the engine.
    if (this.ints !== undefined && bytes <= this.ints.byteLength) return;
    const memory = this.wasm.memory;
    if (memory.buffer.byteLength < bytes) memory.grow(Math.ceil((bytes - memory.buffer.byteLength) / PAGE));
    this.bytes = Buffer.from(memory.buffer);
    this.ints = new Int32Array(memory.buffer);
  }
}

const align = (offset: number) => Math.ceil(offset / 8) * 8;

/** The rare words (folded to lower case) as a table: a child per node and symbol, node 1 the root. */
function trieOf(rareWords: string[]) {
  const words = [...new Set(rareWords.map((w) => w.toLowerCase()))];
  for (const w of words) if (!/^\w[\x20-\x7e]*\w$/.test(w)) throw new Error(`a rare word must be ASCII and start and end with a word character: ${w}`);
  const alphabet = [...new Set(words.join(""))].sort();
  const symbolOf = new Map(alphabet.map((c, i) => [c, i + 1]));
  const symbols = alphabet.length + 1;
  const next: number[][] = [[], []];
  const ends = [0, 0];
  for (const w of words) {
    let node = 1;
    for (const c of w) {
      const s = symbolOf.get(c)!;
      if (!next[node]![s]) {
        next[node]![s] = next.length;
        next.push([]);
        ends.push(0);
      }
      node = next[node]![s]!;
    }
    ends[node] = 1;
  }
  const children = new Array<number>(next.length * symbols).fill(0);
  next.forEach((row, node) => row.forEach((child, s) => (children[node * symbols + s] = child ?? 0)));
  return { trie: { words, symbolOf, children, ends }, symbols, nodes: next.length };
}
