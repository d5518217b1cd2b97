/**
 * KNOWN, NOT YET FIXED: defects that the matrix or the fuzzer finds while their fixes are still in
 * progress. Empty since the issue 12 fixes landed (viewers in workshops, NUL and repeated parameters). This list only shrinks: when a fix lands, its entries go (the run prints
 * "now fixed" for any entry that no longer happens). Nothing else may be added here; any other
 * mismatch or 5xx fails the suite.
 */
import type { TFuzzCase } from "./fuzz-cases";

/** Matrix: "<route key> · <case>" → "<outcome observed today> — <issue item>". */
export const KNOWN_MATRIX: Record<string, string> = {};

/** Fuzzer: 5xx answers that match one of these are counted as known instead of failing the run. */
export const KNOWN_FUZZ: { issue: string; matches: (c: TFuzzCase) => boolean }[] = [];
