/** Title overlap: the share of the title's content terms that the sentence contains (0 without a title). */
export function titleOverlap(terms: ReadonlySet<string>, titleTerms: ReadonlySet<string>): number {
  if (titleTerms.size === 0) return 0;
  let hits = 0;
  for (const w of titleTerms) if (terms.has(w)) hits++;
  return hits / titleTerms.size;
}
