// Bounded selection for ORDER BY ... LIMIT: keeps the best k entries in a
// binary max-heap (worst entry at the root), so n rows cost O(n log k) and only
// entries that enter the heap are allocated.

export class TopK<T> {
  private readonly heap: T[] = [];

  /** `compare(a, b) < 0` means a sorts before b; it must be a total order (break ties by source index). */
  constructor(
    private readonly k: number,
    private readonly compare: (a: T, b: T) => number,
  ) {}

  /** True when `candidate` would enter the heap; lets callers skip building entries. */
  wouldAccept(candidateBeatsWorst: (worst: T) => boolean): boolean {
    if (this.k === 0) return false;
    return this.heap.length < this.k || candidateBeatsWorst(this.heap[0]);
  }

  push(entry: T): void {
    const heap = this.heap;
    if (this.k === 0) return;
    if (heap.length < this.k) {
      heap.push(entry);
      this.siftUp(heap.length - 1);
    } else if (this.compare(entry, heap[0]) < 0) {
      heap[0] = entry;
      this.siftDown(0);
    }
  }

  /** The kept entries, best first. */
  sorted(): T[] {
    return this.heap.slice().sort(this.compare);
  }

  private siftUp(i: number): void {
    const heap = this.heap;
    const entry = heap[i];
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.compare(heap[parent], entry) >= 0) break;
      heap[i] = heap[parent];
      i = parent;
    }
    heap[i] = entry;
  }

  private siftDown(i: number): void {
    const heap = this.heap;
    const n = heap.length;
    const entry = heap[i];
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && this.compare(heap[child + 1], heap[child]) > 0) child++;
      if (this.compare(heap[child], entry) <= 0) break;
      heap[i] = heap[child];
      i = child;
    }
    heap[i] = entry;
  }
}
