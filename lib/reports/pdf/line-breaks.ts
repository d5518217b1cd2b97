/**
 * Where the PDF layout may break a line inside a "word" (text between spaces). The layout engine
 * (@react-pdf/textkit) only breaks at spaces or at hyphenation points, where it draws a hyphen; an
 * empty part between two pieces is a zero-width space instead: a break without a hyphen. Chinese and
 * Japanese have no spaces, so every CJK character is its own piece, except that closing punctuation
 * (、。）」 ...) and small kana never start a line and opening brackets never end one. Latin words are
 * never split. Pure.
 */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;
const NO_LINE_START = new Set([
  ..."、。，．・：；！？）」』】〕〉》〙〗｝］ー…‥ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ%％",
]);
const NO_LINE_END = new Set([..."（「『【〔〈《〘〖｛［"]);

export function lineBreakParts(word: string): string[] {
  if (!CJK.test(word)) return [word];
  const pieces: string[] = [];
  let glueNext = false;
  for (const char of word) {
    const last = pieces.length - 1;
    const joinsPrevious =
      last >= 0 &&
      (glueNext || NO_LINE_START.has(char) || (!CJK.test(char) && !CJK.test(pieces[last]!.slice(-1))));
    if (joinsPrevious) pieces[last] += char;
    else pieces.push(char);
    glueNext = NO_LINE_END.has(char);
  }
  return pieces.flatMap((p, i) => (i === 0 ? [p] : ["", p]));
}
