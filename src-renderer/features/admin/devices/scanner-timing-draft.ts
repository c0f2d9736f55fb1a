import {
  type builtInScannerProfileIds,
  customScannerTimingSchema,
  type ScannerTiming,
  scannerProfileOf,
  wedgeTerminators,
} from '../../../../src-shared/features/devices';

/** A timing choice in the form: a built-in profile, or `custom`. */
export type TimingChoice = (typeof builtInScannerProfileIds)[number] | 'custom';

/** A custom timing as typed. */
export type TimingDraft = {
  readonly maxGapMs: string;
  readonly maxMeanGapMs: string;
  readonly minLength: string;
  readonly terminators: readonly (typeof wedgeTerminators)[number][];
  readonly gsSubstitute: string;
  readonly hasAimPrefix: boolean;
};

/** The fields of a custom timing that can be wrong, in form order. */
export const timingFields = ['maxGapMs', 'maxMeanGapMs', 'minLength', 'terminators', 'gsSubstitute'] as const;

/** One of {@link timingFields}. */
export type TimingField = (typeof timingFields)[number];

/** The form's start: the timing in use; a built-in one also fills the custom fields as a starting point. */
export function timingDraftOf(timing: ScannerTiming): { choice: TimingChoice; draft: TimingDraft } {
  const profile = scannerProfileOf(timing);
  return {
    choice: timing.kind === 'built-in' ? timing.profileId : 'custom',
    draft: {
      maxGapMs: String(profile.maxGapMs),
      maxMeanGapMs: String(profile.maxMeanGapMs),
      minLength: String(profile.minLength),
      terminators: profile.terminators,
      gsSubstitute: profile.gsSubstitute ?? '',
      hasAimPrefix: profile.hasAimPrefix,
    },
  };
}

/** The timing to save, or the first wrong field with the schema's reason. */
export function timingOf(
  choice: TimingChoice,
  draft: TimingDraft,
): { ok: true; timing: ScannerTiming } | { ok: false; field: TimingField; message: string } {
  if (choice !== 'custom') return { ok: true, timing: { kind: 'built-in', profileId: choice } };
  const parsed = customScannerTimingSchema.safeParse({
    maxGapMs: Number(draft.maxGapMs),
    maxMeanGapMs: Number(draft.maxMeanGapMs),
    minLength: Number(draft.minLength),
    // In the order the options are listed, whatever order they were ticked in.
    terminators: wedgeTerminators.filter((terminator) => draft.terminators.includes(terminator)),
    hasAimPrefix: draft.hasAimPrefix,
    ...(draft.gsSubstitute === '' ? {} : { gsSubstitute: draft.gsSubstitute }),
  });
  if (parsed.success) return { ok: true, timing: { kind: 'custom', timing: parsed.data } };
  const issue = parsed.error.issues[0];
  const field = timingFields.find((name) => name === issue?.path[0]) ?? 'maxGapMs';
  return { ok: false, field, message: issue?.message ?? '' };
}
