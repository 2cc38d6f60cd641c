/**
 * Whether decoded "text" is really a binary file (an image, an archive, an
 * executable renamed .txt). Text files hold no NUL and almost no control
 * characters; tab, line feed, carriage return, form feed (page breaks in
 * exported text) and a trailing SUB (the old DOS end-of-file mark) are normal.
 */
export function looksBinary(text: string): boolean {
  let controls = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    const c0 = c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && !(c === 0x1a && i === text.length - 1);
    const c1 = (c >= 0x7f && c <= 0x9f) || c === 0xfffd;
    if (c0 || c1) controls += 1;
  }
  // A stray control character or two happen in real documents; one in two
  // hundred does not.
  return controls > Math.max(2, text.length / 200);
}
