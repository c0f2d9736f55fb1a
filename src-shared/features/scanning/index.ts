export { classifyScan, isUsableGsSubstitute, toGtin14 } from './classify-scan';
export {
  type ClassifyOptions,
  commandBarcodes,
  type Gs1Data,
  type Gs1Element,
  maxScanLength,
  type ScanCommand,
  type ScanKind,
  type ScanVerdict,
  type ScanVerdictOf,
  scanCommands,
  scanKinds,
  type UnreadableMessageKey,
  type UnreadableReason,
  unreadableMessageKey,
  unreadableReasons,
} from './scan-verdict';
