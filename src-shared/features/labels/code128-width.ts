import { dotsPerMm, type LabelDpi, mmToDots } from './label.model';

/**
 * How wide a Code 128 symbol is, in modules, so a template can pick a bar width that fits and centre
 * the symbol. Printers choose subsets themselves (ZPL `^BC…A`, TSPL "128"); this mirrors what a good
 * automatic encoder does (subset C for digit runs where it pays, B otherwise) and is what bwip-js
 * produces for our tracking numbers. Quiet zones are not included.
 */

const symbolModules = 11;
const startModules = 11;
const checkModules = 11;
const stopModules = 13;

/** Width of `data` encoded as Code 128 (start, data, check digit, stop), in modules. */
export function code128Modules(data: string): number {
  const runs = data.match(/\d+|\D+/g) ?? [];
  let symbols = 0;
  runs.forEach((run, index) => {
    if (!/^\d/.test(run)) {
      symbols += run.length;
      return;
    }
    // Digit pairs go in subset C when that beats B after paying for the switches in and out; an
    // odd digit out stays in B. A leading even run needs no switch in (the start code picks C).
    const odd = run.length % 2;
    const switchIn = index === 0 ? odd : 1;
    const switchOut = index === runs.length - 1 ? 0 : 1;
    const inSubsetC = Math.floor(run.length / 2) + odd + switchIn + switchOut;
    symbols += Math.min(run.length, inSubsetC);
  });
  return startModules + symbols * symbolModules + checkModules + stopModules;
}

/** Quiet zone each side of a Code 128 symbol, in modules (the standard asks for at least 10). */
export const code128QuietModules = 10;

/**
 * The widest bar width (whole dots, at most `moduleWidth` mm) at which `data` plus its quiet zones
 * fits `maxWidth` mm at `dpi`, and the symbol's width in mm at that bar width. One dot is the floor:
 * data too long even for that is the template's problem and shows in its tests.
 */
export function fitCode128(
  data: string,
  fit: { moduleWidth: number; maxWidth: number; dpi: LabelDpi },
): { moduleWidth: number; width: number } {
  const modules = code128Modules(data);
  const dotMm = 1 / dotsPerMm[fit.dpi];
  const wanted = Math.max(1, mmToDots(fit.moduleWidth, fit.dpi));
  const fitting = Math.floor(mmToDots(fit.maxWidth, fit.dpi) / (modules + 2 * code128QuietModules));
  const dots = Math.max(1, Math.min(wanted, fitting));
  return { moduleWidth: dots * dotMm, width: modules * dots * dotMm };
}
