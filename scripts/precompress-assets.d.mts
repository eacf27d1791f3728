/** Writes `.br` and `.gz` copies beside the compressible assets under `dir` that lack them; returns how many files it wrote. */
export function precompressAssets(dir: string): number;
