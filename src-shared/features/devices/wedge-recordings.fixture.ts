import type { WedgeKey } from './wedge-detector';

// Keydown logs as a browser reports them: [KeyboardEvent.key, timeStamp in ms]. Scanners press
// Shift around upper-case letters like a person does; the detector must ignore it.
type Log = readonly (readonly [string, number])[];

function keys(log: Log): WedgeKey[] {
  return log.map(([key, at]) => ({ key, at }));
}

/** A corded USB wedge scanner reading `TOTE-104233` with its Enter suffix (4–12 ms a key). */
export const fastScannerTote = keys([
  ['Shift', 1000],
  ['T', 1002],
  ['Shift', 1008],
  ['O', 1010],
  ['Shift', 1014],
  ['T', 1015],
  ['Shift', 1027],
  ['E', 1028],
  ['-', 1037],
  ['1', 1041],
  ['0', 1053],
  ['4', 1060],
  ['2', 1064],
  ['3', 1069],
  ['3', 1079],
  ['Enter', 1089],
]);

/** A Bluetooth wedge scanner reading `PL-20250601-0042` at 59–104 ms a key, Enter suffix. */
export const bluetoothScannerPickList = keys([
  ['Shift', 5000],
  ['P', 5001],
  ['Shift', 5078],
  ['L', 5081],
  ['-', 5154],
  ['2', 5242],
  ['0', 5301],
  ['2', 5397],
  ['5', 5472],
  ['0', 5553],
  ['6', 5618],
  ['0', 5722],
  ['1', 5801],
  ['-', 5904],
  ['0', 5988],
  ['0', 6071],
  ['4', 6156],
  ['2', 6256],
  ['Enter', 6345],
]);

/** The same Bluetooth scanner configured without a suffix: the burst just stops. */
export const bluetoothScannerNoSuffix = bluetoothScannerPickList.slice(0, -1);

/** A person typing `bin a1` into a search field at 140–260 ms a key, then Enter. */
export const personTyping = keys([
  ['b', 2000],
  ['i', 2163],
  ['n', 2301],
  [' ', 2562],
  ['a', 2745],
  ['1', 2960],
  ['Enter', 3311],
]);

/**
 * A fast typist (about 130 words a minute) typing `packline` and Enter: a few key pairs come 60 ms
 * apart and once two keys roll over 18 ms apart, but not eight keys in a row under 110 ms.
 */
export const fastTypist = keys([
  ['p', 3000],
  ['a', 3095],
  ['c', 3165],
  ['k', 3295],
  ['l', 3380],
  ['i', 3398],
  ['n', 3503],
  ['e', 3593],
  ['Enter', 3673],
]);

/**
 * A fast typist who keeps every gap under 110 ms for `warehouse1` and Enter, but averages 100 ms:
 * only the mean-gap (total duration) rule tells this from the 80 ms scanner.
 */
export const steadyFastTypist = keys([
  ['w', 4000],
  ['a', 4100],
  ['r', 4205],
  ['e', 4303],
  ['h', 4395],
  ['o', 4503],
  ['u', 4603],
  ['s', 4699],
  ['e', 4803],
  ['1', 4902],
  ['Enter', 5003],
]);

/** A person types `note`, puts a hand on the scanner and scans `BIN-A-01-02-03` 400 ms later. */
export const scanAfterTyping = keys([
  ['n', 7000],
  ['o', 7180],
  ['t', 7310],
  ['e', 7470],
  ['Shift', 7870],
  ['B', 7872],
  ['Shift', 7879],
  ['I', 7881],
  ['Shift', 7888],
  ['N', 7890],
  ['-', 7897],
  ['Shift', 7905],
  ['A', 7907],
  ['-', 7914],
  ['0', 7921],
  ['1', 7929],
  ['-', 7936],
  ['0', 7944],
  ['2', 7951],
  ['-', 7958],
  ['0', 7966],
  ['3', 7973],
  ['Enter', 7981],
]);

/** A USB wedge scanner with no suffix reading the EAN-13 `4006381333931`. */
export const fastScannerNoSuffix = keys([
  ['4', 9000],
  ['0', 9006],
  ['0', 9013],
  ['6', 9019],
  ['3', 9026],
  ['8', 9031],
  ['1', 9038],
  ['3', 9044],
  ['3', 9051],
  ['3', 9057],
  ['9', 9063],
  ['3', 9070],
  ['1', 9076],
]);

/** A scanner set to send Tab after each code reading `BADGE-0042`. */
export const fastScannerTabSuffix = keys([
  ['Shift', 100],
  ['B', 101],
  ['A', 108],
  ['D', 114],
  ['G', 121],
  ['E', 127],
  ['Shift', 131],
  ['-', 133],
  ['0', 140],
  ['0', 146],
  ['4', 153],
  ['2', 159],
  ['Tab', 166],
]);

/**
 * A GS1-128 label read with AIM identifiers on, the scanner typing F8 for each GS separator:
 * `]C1` `01 09506000134352` `10 LOT42` GS `21 SN7`, then Enter.
 */
export const gs1WithSubstitute = keys([
  [']', 500],
  ['Shift', 503],
  ['C', 504],
  ['1', 510],
  ['0', 516],
  ['1', 522],
  ['0', 528],
  ['9', 534],
  ['5', 540],
  ['0', 546],
  ['6', 552],
  ['0', 558],
  ['0', 564],
  ['0', 570],
  ['1', 576],
  ['3', 582],
  ['4', 588],
  ['3', 594],
  ['5', 600],
  ['2', 606],
  ['1', 612],
  ['0', 618],
  ['Shift', 622],
  ['L', 624],
  ['O', 630],
  ['T', 636],
  ['4', 642],
  ['2', 648],
  ['F8', 654],
  ['2', 660],
  ['1', 666],
  ['Shift', 670],
  ['S', 672],
  ['N', 678],
  ['7', 684],
  ['Enter', 690],
]);
