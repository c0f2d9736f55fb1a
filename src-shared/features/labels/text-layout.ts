/**
 * Text measuring and wrapping, done here once so ZPL, TSPL, ESC/POS and the SVG preview break lines
 * at the same places (printers cannot wrap Chinese themselves: ZPL `^FB` breaks only at spaces).
 *
 * Widths assume the printers' CJK fonts (SimSun on Zebra, TSS24 on TSC, the 12×24/24×24 fonts of
 * ESC/POS heads): printable ASCII is half an em, everything else a full em. Anything not known to
 * be narrow counts as wide, so a guess can only leave room, never overflow.
 */

/** Characters a line must not start with (Chinese line-breaking rules, plus their ASCII twins). */
const noLineStart = new Set([...'，。、；：？！）》」』】〕…—%,.;:?!)]}’”·']);

/** Characters a line must not end with. */
const noLineEnd = new Set([...'（《「『【〔([{‘“']);

/** The ellipsis that ends truncated text. */
export const ellipsis = '…';

/** Width of one character in ems: half for printable ASCII, full for anything else. */
export function charWidthEm(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code >= 0x20 && code <= 0x7e ? 0.5 : 1;
}

/** Width of `text` in ems. */
export function textWidthEm(text: string): number {
  let width = 0;
  for (const char of text) width += charWidthEm(char);
  return width;
}

/** Width of `text` in mm at character height `size` (mm). */
export function textWidthMm(text: string, size: number): number {
  return textWidthEm(text) * size;
}

function isLatinWordChar(char: string): boolean {
  return /^[\x21-\x7e]$/.test(char);
}

/**
 * Splits text into pieces a line may break between: each CJK character alone, Latin words (runs of
 * printable non-space ASCII) whole, spaces alone; closing punctuation sticks to what precedes it and
 * opening punctuation to what follows.
 */
function breakableTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const char of text) {
    const last = tokens.at(-1);
    const lastChar = last === undefined ? undefined : [...last].at(-1);
    const joins =
      last !== undefined &&
      lastChar !== undefined &&
      lastChar !== ' ' &&
      char !== ' ' &&
      ((isLatinWordChar(char) && isLatinWordChar(lastChar)) ||
        noLineStart.has(char) ||
        noLineEnd.has(lastChar));
    if (joins) tokens[tokens.length - 1] = last + char;
    else tokens.push(char);
  }
  return tokens;
}

/** Cuts a token wider than a whole line into line-sized pieces, character by character. */
function hardBreak(token: string, maxEm: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of token) {
    if (piece !== '' && textWidthEm(piece + char) > maxEm) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/**
 * Wraps `text` into lines no wider than `maxWidth` mm at character height `size` mm. `\n` forces a
 * break; spaces at a break disappear. Never returns a line wider than `maxWidth` unless a single
 * character is wider than the whole line.
 */
export function wrapText(text: string, size: number, maxWidth: number): string[] {
  const maxEm = maxWidth / size;
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const token of breakableTokens(paragraph)) {
      if (token === ' ' && line === '') continue;
      if (textWidthEm((line + token).trimEnd()) <= maxEm) {
        line += token;
        continue;
      }
      if (line.trimEnd() !== '') lines.push(line.trimEnd());
      line = '';
      if (token === ' ') continue;
      const pieces = textWidthEm(token) > maxEm ? hardBreak(token, maxEm) : [token];
      lines.push(...pieces.slice(0, -1));
      line = pieces.at(-1) ?? '';
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

/** Shortens `line` until it and a trailing "…" fit `maxWidth` mm. */
export function truncateLine(line: string, size: number, maxWidth: number): string {
  const chars = [...line.trimEnd()];
  while (chars.length > 0 && textWidthMm(chars.join('') + ellipsis, size) > maxWidth) chars.pop();
  return chars.join('').trimEnd() + ellipsis;
}

/** What {@link fitText} decided: the size used and the lines to draw. */
export type FittedText = { size: number; lines: string[]; isTruncated: boolean };

/** How text must fit: its nominal and smallest size, wrap width and line budget (at `size`). */
export type TextFit = { size: number; minSize?: number; maxWidth: number; maxLines: number };

/**
 * Fits text into a block `maxWidth` wide and `maxLines` lines of `size` high: at `size` if it fits,
 * else at the largest size down to `minSize` (0.5 mm steps) whose wrapped lines fit the same block
 * height, else at the smallest size with the last line cut short by "…".
 */
export function fitText(text: string, fit: TextFit): FittedText {
  const smallest = Math.min(fit.minSize ?? fit.size, fit.size);
  let size = fit.size;
  for (;;) {
    const lineBudget = Math.max(1, Math.floor((fit.maxLines * fit.size + 1e-9) / size));
    const lines = wrapText(text, size, fit.maxWidth);
    if (lines.length <= lineBudget) return { size, lines, isTruncated: false };
    const next = Math.round((size - 0.5) * 2) / 2;
    if (next < smallest) {
      const kept = lines.slice(0, lineBudget);
      const lastIndex = kept.length - 1;
      kept[lastIndex] = truncateLine(kept[lastIndex] ?? '', size, fit.maxWidth);
      return { size, lines: kept, isTruncated: true };
    }
    size = next;
  }
}
