/**
 * Words grouped by a key (the dictionary groups them by skeleton), packed for memory: the keys
 * sorted in one string and the words in one string, with typed arrays of offsets, where a
 * Map<string, string[]> of the 72,000 dictionary words took about 15 MB in every OCR page thread.
 * A question is a binary search over the keys; a group keeps its words in the order given.
 */

/** Code-unit order, the order Array.prototype.sort gives strings. */
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Strings end to end, with the start of each and the end of the last. */
class PackedStrings {
  readonly text: string;
  readonly starts: Uint32Array;

  constructor(strings: readonly string[]) {
    this.text = strings.join('');
    this.starts = new Uint32Array(strings.length + 1);
    for (let i = 0; i < strings.length; i++) this.starts[i + 1] = this.starts[i]! + strings[i]!.length;
  }

  get length(): number {
    return this.starts.length - 1;
  }

  at(i: number): string {
    return this.text.slice(this.starts[i], this.starts[i + 1]);
  }
}

export class WordGroups {
  private readonly keys: PackedStrings;
  private readonly members: PackedStrings;
  /** Group k is members [groupStarts[k], groupStarts[k + 1]). */
  private readonly groupStarts: Uint32Array;

  constructor(words: Iterable<string>, keyOf: (word: string) => string) {
    // Grouped in a Map first (the quickest way), then packed; the Map is garbage afterwards.
    const grouped = new Map<string, string[]>();
    for (const word of words) {
      const key = keyOf(word);
      const group = grouped.get(key);
      if (group) group.push(word);
      else grouped.set(key, [word]);
    }
    const keys = [...grouped.keys()].sort();
    const groupStarts = new Uint32Array(keys.length + 1);
    keys.forEach((key, k) => (groupStarts[k + 1] = groupStarts[k]! + grouped.get(key)!.length));
    this.keys = new PackedStrings(keys);
    this.members = new PackedStrings(keys.flatMap((key) => grouped.get(key)!));
    this.groupStarts = groupStarts;
  }

  /** Number of distinct keys. */
  get size(): number {
    return this.keys.length;
  }

  /** The words whose key is this one, in the order they were given; [] for none. */
  get(key: string): string[] {
    let low = 0;
    let high = this.keys.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const order = compare(this.keys.at(middle), key);
      if (order < 0) low = middle + 1;
      else if (order > 0) high = middle - 1;
      else return this.group(middle);
    }
    return [];
  }

  private group(k: number): string[] {
    const found: string[] = [];
    for (let w = this.groupStarts[k]!; w < this.groupStarts[k + 1]!; w++) found.push(this.members.at(w));
    return found;
  }
}
