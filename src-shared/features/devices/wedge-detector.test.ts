import { describe, expect, it } from 'vitest';
import {
  bluetoothWedgeProfile,
  createWedgeDetector,
  groupSeparator,
  type ScannerProfile,
  usbWedgeProfile,
  type WedgeKey,
  type WedgeVerdict,
} from './index';
import {
  bluetoothScannerNoSuffix,
  bluetoothScannerPickList,
  fastScannerNoSuffix,
  fastScannerTabSuffix,
  fastScannerTote,
  fastTypist,
  gs1WithSubstitute,
  personTyping,
  scanAfterTyping,
  steadyFastTypist,
} from './wedge-recordings.fixture';

type Heard = WedgeVerdict | { kind: 'passed'; key: string };

/**
 * Plays a recording as the renderer hook does: a timer fires at each deadline that comes before
 * the next key, and once after the last. Returns, in order, what the page would see: scans,
 * replayed typing, and keys that went to the page untouched (modifiers left out).
 */
function play(profile: ScannerProfile, recording: readonly WedgeKey[]): Heard[] {
  const detector = createWedgeDetector(profile);
  const heard: Heard[] = [];
  for (const key of recording) {
    const deadline = detector.nextDeadline();
    if (deadline !== null && deadline <= key.at) heard.push(...detector.tick(deadline));
    const step = detector.press(key);
    heard.push(...step.verdicts);
    if (!step.isHeld && key.key !== 'Shift') heard.push({ kind: 'passed', key: key.key });
  }
  const deadline = detector.nextDeadline();
  if (deadline !== null) heard.push(...detector.tick(deadline));
  return heard;
}

const scan = (code: string, symbology?: string): WedgeVerdict => ({
  kind: 'scan',
  scan: symbology === undefined ? { code } : { code, symbology },
});
const replay = (text: string): WedgeVerdict => ({ kind: 'replay', keys: [...text] });

describe('keyboard-wedge detector on recorded timings', () => {
  it('takes a fast USB scanner burst as one scan and swallows its Enter', () => {
    expect(play(usbWedgeProfile, fastScannerTote)).toEqual([scan('TOTE-104233')]);
  });

  it('takes an 80 ms Bluetooth scanner as a scan with its profile, and as typing with the fast one', () => {
    expect(play(bluetoothWedgeProfile, bluetoothScannerPickList)).toEqual([scan('PL-20250601-0042')]);
    // The fast profile sees every 59–104 ms gap as a pause: each key goes back to the page.
    const asFast = play(usbWedgeProfile, bluetoothScannerPickList);
    expect(asFast.filter((v) => v.kind === 'scan')).toEqual([]);
    expect(asFast.at(-1)).toEqual({ kind: 'passed', key: 'Enter' });
  });

  it('gives a person’s typing back key by key, within the gap, and lets Enter through', () => {
    expect(play(usbWedgeProfile, personTyping)).toEqual([
      ...[...'bin a1'].map((key) => replay(key)),
      { kind: 'passed', key: 'Enter' },
    ]);
    expect(play(bluetoothWedgeProfile, personTyping)).toEqual(play(usbWedgeProfile, personTyping));
  });

  it('never takes a fast typist for the slow scanner', () => {
    // Fast profile: only the 18 ms roll-over pair stays together, and is still typing.
    expect(play(usbWedgeProfile, fastTypist)).toEqual([
      ...[...'pack'].map((key) => replay(key)),
      replay('li'),
      ...[...'ne'].map((key) => replay(key)),
      { kind: 'passed', key: 'Enter' },
    ]);
    // Slow profile: the 130 ms pause splits the word and neither part is eight characters long.
    expect(play(bluetoothWedgeProfile, fastTypist)).toEqual([
      replay('pac'),
      replay('kline'),
      { kind: 'passed', key: 'Enter' },
    ]);
    // Every gap under 110 ms, but a 100 ms mean: the total-duration rule gives it back.
    expect(play(bluetoothWedgeProfile, steadyFastTypist)).toEqual([
      replay('warehouse1'),
      { kind: 'passed', key: 'Enter' },
    ]);
  });

  it('separates typing from a scan that follows it', () => {
    for (const profile of [usbWedgeProfile, bluetoothWedgeProfile]) {
      expect(play(profile, scanAfterTyping)).toEqual([
        ...[...'note'].map((key) => replay(key)),
        scan('BIN-A-01-02-03'),
      ]);
    }
  });

  it('ends a burst without suffix by timeout only where the profile allows it', () => {
    expect(play(usbWedgeProfile, fastScannerNoSuffix)).toEqual([scan('4006381333931')]);
    expect(play(bluetoothWedgeProfile, bluetoothScannerNoSuffix)).toEqual([replay('PL-20250601-0042')]);
  });

  it('ends a scan on Tab, and lets Tab through when the profile does not use it', () => {
    expect(play(usbWedgeProfile, fastScannerTabSuffix)).toEqual([scan('BADGE-0042')]);
    const enterOnly = { ...usbWedgeProfile, terminators: ['Enter'] } satisfies ScannerProfile;
    expect(play(enterOnly, fastScannerTabSuffix)).toEqual([
      replay('BADGE-0042'),
      { kind: 'passed', key: 'Tab' },
    ]);
  });

  it('maps the GS substitute to ASCII GS and keeps the AIM identifier in the code', () => {
    const gs1Scanner = {
      ...usbWedgeProfile,
      gsSubstitute: 'F8',
      hasAimPrefix: true,
    } satisfies ScannerProfile;
    expect(play(gs1Scanner, gs1WithSubstitute)).toEqual([
      scan(`]C10109506000134352` + `10LOT42${groupSeparator}21SN7`, ']C1'),
    ]);
    // Without the substitute configured, F8 is no character: it interrupts and the keys are typing.
    const plain = play(usbWedgeProfile, gs1WithSubstitute);
    expect(plain.filter((v) => v.kind === 'scan')).toEqual([scan('21SN7')]);
    expect(plain).toContainEqual({ kind: 'passed', key: 'F8' });
  });

  it('gives held keys back when interrupted, and holds nothing afterwards', () => {
    const detector = createWedgeDetector(usbWedgeProfile);
    detector.press({ key: 'A', at: 0 });
    detector.press({ key: 'B', at: 5 });
    expect(detector.press({ key: 'Backspace', at: 9 })).toEqual({ isHeld: false, verdicts: [replay('AB')] });
    expect(detector.nextDeadline()).toBeNull();
    detector.press({ key: 'C', at: 20 });
    expect(detector.interrupt()).toEqual([replay('C')]);
    expect(detector.tick(1_000)).toEqual([]);
  });
});
