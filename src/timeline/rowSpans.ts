/** Free and taken stretches of one row: sorted, non-overlapping [from, to) pairs. */
export class RowSpans {
  private starts: number[] = [];
  private ends: number[] = [];
  /** Index of the first stretch that ends after `x`. */
  private firstEndingAfter(x: number): number {
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.ends[mid] ?? 0) <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  isFree(from: number, to: number): boolean {
    const i = this.firstEndingAfter(from);
    return i >= this.starts.length || (this.starts[i] ?? Infinity) >= to;
  }
  take(from: number, to: number): void {
    const i = this.firstEndingAfter(from);
    this.starts.splice(i, 0, from);
    this.ends.splice(i, 0, to);
  }
}
