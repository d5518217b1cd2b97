/**
 * Next.js hands a repeated query parameter (`?invite=a&invite=b`) to pages as an array. Pages read one
 * value: the first, so a repeated parameter never becomes a TypeError (500).
 */
export type TSearchParamValue = string | string[] | undefined;

export function firstParam(value: TSearchParamValue): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
