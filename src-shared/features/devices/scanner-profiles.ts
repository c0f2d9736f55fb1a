import { z } from 'zod';

/** What may end a keyboard-wedge burst: a key the scanner sends as suffix, or silence. */
export const wedgeTerminators = ['Enter', 'Tab', 'timeout'] as const;

/**
 * How one scanner model types when it poses as a keyboard. A burst of keys is a scan when all of:
 * - every gap between two keys is shorter than `maxGapMs` (a gap that long ends the burst);
 * - it has at least `minLength` characters;
 * - its total duration is at most `(characters - 1) × maxMeanGapMs`, i.e. its mean gap is at most
 *   `maxMeanGapMs` — one or two quick key pairs of a person do not pass, a sustained run does;
 * - it ended the way the profile allows: one of its terminator keys, or `timeout` (silence for
 *   `maxGapMs`) when the scanner sends no suffix.
 * Anything else was typed by a person and is given back to the page.
 */
export const scannerProfileSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  maxGapMs: z.number().int().positive(),
  maxMeanGapMs: z.number().int().positive(),
  minLength: z.number().int().min(1),
  terminators: z.array(z.enum(wedgeTerminators)).min(1),
  /**
   * A key name (`KeyboardEvent.key`, e.g. `~` or `F8`) the scanner types in place of the GS
   * separator (ASCII 0x1D) of GS1 codes, which many keyboard layouts cannot type.
   */
  gsSubstitute: z.string().min(1).optional(),
  /** The scanner prefixes each code with its AIM identifier (`]C1`, `]d2`, …); it stays in the code. */
  hasAimPrefix: z.boolean(),
});

/** How one scanner model types when it poses as a keyboard; see {@link scannerProfileSchema}. */
export type ScannerProfile = z.infer<typeof scannerProfileSchema>;

/** ASCII group separator: the FNC1 field separator of GS1 element strings. */
export const groupSeparator = '\u001d';

/**
 * Corded USB wedge scanners: a key every 2–16 ms (one press and one release report per character
 * at the USB polling rate). No person keeps four keys under 20 ms apart on average, so a burst
 * that stops without a suffix is still a scan.
 */
export const usbWedgeProfile: ScannerProfile = {
  id: 'usb-wedge',
  name: 'USB scanner (keyboard mode)',
  maxGapMs: 30,
  maxMeanGapMs: 20,
  minLength: 4,
  terminators: ['Enter', 'Tab', 'timeout'],
  hasAimPrefix: false,
};

/**
 * Bluetooth wedge scanners that type about one key per 80 ms (radio latency, packets that arrive
 * in clumps). A fast typist reaches that pace for a few keys, so this profile asks for eight
 * characters, a mean gap of at most 95 ms over the whole burst and the Enter or Tab suffix: a
 * burst that just stops is given back as typing.
 */
export const bluetoothWedgeProfile: ScannerProfile = {
  id: 'bluetooth-wedge',
  name: 'Bluetooth scanner (keyboard mode, slow)',
  maxGapMs: 110,
  maxMeanGapMs: 95,
  minLength: 8,
  terminators: ['Enter', 'Tab'],
  hasAimPrefix: false,
};

/** The built-in profiles, the default first. */
export const scannerProfiles: readonly ScannerProfile[] = [usbWedgeProfile, bluetoothWedgeProfile];
