import { z } from 'zod';
import { labelLanguages } from './label-format';

/** What a printer's test label shows: which printer, from which station, when. */
export const testLabelDataSchema = z.object({
  /** Language of the fixed captions. */
  language: z.enum(labelLanguages),
  /** `label`: 100×150 mm die-cut stock (ZPL, TSPL); `receipt`: 80 mm roll (ESC/POS). */
  media: z.enum(['label', 'receipt']),
  printerName: z.string().min(1).max(60),
  /** Where the station reaches it, e.g. `tcp://10.0.0.5:9100`. */
  printerAddress: z.string().min(1).max(200),
  stationName: z.string().min(1).max(60),
  printedAt: z.iso.datetime(),
  /** IANA zone: the printed time is local. */
  timeZone: z.string().min(1).max(64),
});

/** What a printer's test label shows. */
export type TestLabelData = z.infer<typeof testLabelDataSchema>;
