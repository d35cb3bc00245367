// What the repository bundles in data/sources/, the default input of `npm run extract`: five
// Hugging Face daily-papers listings (the seeds: the seed gold set annotates their papers, and the
// synthetic scale corpus recombines their sentences) and 14,512 arXiv abstracts with real ids and dates.
export const SEED_LISTINGS = ["000_390241c12d78bb50", "001_c759cc345778b89b", "002_c96dcb2b2262b82f", "003_84dd89f879466455", "004_c87848ddeb77205d"].map(
  (name) => `data/sources/${name}.txt`,
);

/** arXiv abstracts (mostly cs.CV, cs.CL, cs.AI) listed from August to November 2025, one JSON object a line, gzipped. */
export const ARXIV_CORPUS = "data/sources/arxiv-2025-08-to-11.jsonl.gz";
