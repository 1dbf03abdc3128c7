// Every occurrence of any of a set of names in a text, in one pass over the text (Aho–Corasick over
// UTF-16 code units, as indexOf reads): the cost of a text is its length and the occurrences, not
// the number of names. Place roles find known place names in sentences with it, the bottom line an
// actor's names.

interface NameNode {
  next: Map<number, NameNode>;
  fail: NameNode | null;
  /** Indices of the names ending here, own first, then those of the fail chain. */
  ends: number[];
}
const matchers = new WeakMap<readonly string[], (text: string) => { name: number; at: number }[]>();

/**
 * A function giving every occurrence in a text of the names (overlapping ones too, empty names
 * never): the name's index and where it starts, by where it ends, then longest first. Built once
 * per list of names.
 */
export function occurrences(names: readonly string[]): (text: string) => { name: number; at: number }[] {
  const cached = matchers.get(names);
  if (cached) return cached;
  const node = (): NameNode => ({ next: new Map(), fail: null, ends: [] });
  const root = node();
  names.forEach((name, i) => {
    if (!name) return;
    let n = root;
    for (let k = 0; k < name.length; k++) {
      const c = name.charCodeAt(k);
      let child = n.next.get(c);
      if (!child) n.next.set(c, (child = node()));
      n = child;
    }
    n.ends.push(i);
  });
  // Fail links breadth first; a node's names include those of its fail node.
  const queue: NameNode[] = [];
  for (const child of root.next.values()) {
    child.fail = root;
    queue.push(child);
  }
  for (let q = 0; q < queue.length; q++) {
    const n = queue[q];
    for (const [c, child] of n.next) {
      let f = n.fail;
      while (f && !f.next.has(c)) f = f.fail;
      child.fail = f ? f.next.get(c)! : root;
      if (child.fail.ends.length) child.ends = [...child.ends, ...child.fail.ends];
      queue.push(child);
    }
  }
  const match = (text: string) => {
    const out: { name: number; at: number }[] = [];
    let n = root;
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      while (n !== root && !n.next.has(c)) n = n.fail!;
      n = n.next.get(c) ?? root;
      for (const i of n.ends) out.push({ name: i, at: k + 1 - names[i].length });
    }
    return out;
  };
  matchers.set(names, match);
  return match;
}
