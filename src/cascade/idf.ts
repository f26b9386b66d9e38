/**
 * How telling a term is: ln(N / df) over the N tasks of the corpus, df of which mention it. A term every task
 * uses weighs nothing; a line of work that each plan gives one task weighs about ln(tasks per plan), whatever the
 * corpus size, which is what lets one threshold serve five documents and three thousand.
 */
export class TermWeights {
  private readonly df = new Map<string, number>();
  private readonly cache = new Map<string, number>();
  private n = 0;

  /** Counts one task's distinct terms. */
  add(terms: Iterable<string>): void {
    this.cache.clear();
    this.n++;
    for (const t of terms) this.df.set(t, (this.df.get(t) ?? 0) + 1);
  }

  get tasks(): number {
    return this.n;
  }

  documentFrequency(term: string): number {
    return this.df.get(term) ?? 0;
  }

  weight(term: string): number {
    let w = this.cache.get(term);
    if (w === undefined) {
      const df = this.df.get(term) ?? 0;
      w = df === 0 ? 0 : Math.max(0, Math.log(this.n / df));
      this.cache.set(term, w);
    }
    return w;
  }
}
