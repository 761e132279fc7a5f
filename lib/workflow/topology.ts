/** Graph algorithms over node ids, independent of what the nodes are. */

export type Adjacency = ReadonlyMap<string, readonly string[]>;

/** Builds successor lists: every id gets an entry, edges to unknown ids are dropped. */
export function adjacency(ids: readonly string[], edges: readonly { from: string; to: string }[]): Adjacency {
  const next = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const { from, to } of edges) if (next.has(to)) next.get(from)?.push(to);
  return next;
}

/** Reverses every edge of `graph`. */
export function reverse(graph: Adjacency): Adjacency {
  const back = new Map<string, string[]>([...graph.keys()].map((id) => [id, []]));
  for (const [from, targets] of graph) for (const to of targets) back.get(to)?.push(from);
  return back;
}

/** Ids reachable from `starts` (the starts included). */
export function reachable(graph: Adjacency, starts: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const stack = [...starts];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const to of graph.get(id) ?? []) if (!seen.has(to)) stack.push(to);
  }
  return seen;
}

/**
 * Groups of ids that can each reach the others (Tarjan), but only those that form a cycle: more
 * than one id, or one id with an edge to itself. Iterative, so a long chain cannot overflow the stack.
 */
export function cycles(graph: Adjacency): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const found: string[][] = [];
  let counter = 0;

  for (const root of graph.keys()) {
    if (index.has(root)) continue;
    const work: { id: string; next: number }[] = [{ id: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length) {
      const frame = work[work.length - 1]!;
      const targets = graph.get(frame.id) ?? [];
      if (frame.next < targets.length) {
        const to = targets[frame.next++]!;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ id: to, next: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.id, Math.min(low.get(frame.id)!, index.get(to)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
      if (low.get(frame.id) !== index.get(frame.id)) continue;
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.id);
      if (component.length > 1 || targets.includes(frame.id)) found.push(component.reverse());
    }
  }
  return found;
}

/**
 * Ids in an order where every edge goes forward (Kahn). Among ids ready at the same time the one
 * listed first in `graph` comes first, so the order is stable. Ids on or after a cycle are left out.
 */
export function topologicalOrder(graph: Adjacency): string[] {
  const position = new Map([...graph.keys()].map((id, at) => [id, at]));
  const inDegree = new Map<string, number>([...graph.keys()].map((id) => [id, 0]));
  for (const targets of graph.values()) for (const to of targets) inDegree.set(to, (inDegree.get(to) ?? 0) + 1);
  const ready = [...graph.keys()].filter((id) => inDegree.get(id) === 0);
  const order: string[] = [];
  while (ready.length) {
    // Small graphs (≤ 1,000 nodes): a sorted array beats a heap in clarity and is fast enough.
    ready.sort((a, b) => position.get(a)! - position.get(b)!);
    const id = ready.shift()!;
    order.push(id);
    for (const to of graph.get(id) ?? []) {
      const left = inDegree.get(to)! - 1;
      inDegree.set(to, left);
      if (left === 0) ready.push(to);
    }
  }
  return order;
}

/**
 * A test "is `a` upstream of `b`" (an edge path leads from `a` to `b`; never `a` itself unless on
 * a cycle). Ids in topological order get a bitset of their ancestors, built once in O(edges ×
 * ids/32); ids on or after a cycle fall back to a walk, remembered per id.
 */
export function ancestry(graph: Adjacency): (a: string, b: string) => boolean {
  const ids = [...graph.keys()];
  const bit = new Map(ids.map((id, at) => [id, at]));
  const words = Math.ceil(ids.length / 32);
  const back = reverse(graph);
  const sets = new Map<string, Uint32Array>();
  for (const id of topologicalOrder(graph)) {
    const set = new Uint32Array(words);
    for (const parent of back.get(id) ?? []) {
      // Kahn's order puts every parent first, so its set is there.
      const parentSet = sets.get(parent)!;
      for (let word = 0; word < words; word++) set[word]! |= parentSet[word]!;
      const at = bit.get(parent)!;
      set[at >>> 5]! |= 1 << (at & 31);
    }
    sets.set(id, set);
  }
  const walked = new Map<string, Set<string>>();
  return (a, b) => {
    const at = bit.get(a);
    if (at === undefined) return false;
    const set = sets.get(b);
    if (set) return (set[at >>> 5]! & (1 << (at & 31))) !== 0;
    let upstream = walked.get(b);
    if (!upstream) {
      upstream = new Set(reachable(back, back.get(b) ?? []));
      walked.set(b, upstream);
    }
    return upstream.has(a);
  };
}
