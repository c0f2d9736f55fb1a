import type { z } from 'zod';
import { AppError, unreachable } from '../../errors';
import type { LabelDocument, LabelDpi } from './label.model';
import { packingSlipDataSchema } from './packing-slip.schema';
import { packingSlip } from './packing-slip.template';
import { shippingLabelDataSchema } from './shipping-label.schema';
import { shippingLabel } from './shipping-label.template';
import { testLabelDataSchema } from './test-label.schema';
import { testLabel } from './test-label.template';

/** Templates a print job may name (`printJobs.templateId`); `test-label` checks a printer. */
export const labelTemplateIds = ['shipping-label', 'packing-slip', 'test-label'] as const;

/** One of {@link labelTemplateIds}. */
export type LabelTemplateId = (typeof labelTemplateIds)[number];

/** True when `id` names a template, e.g. one read back from a stored print job. */
export function isLabelTemplateId(id: string): id is LabelTemplateId {
  return (labelTemplateIds as readonly string[]).includes(id);
}

/**
 * Builds the document of a stored print job: `data` is checked against the template's schema first
 * (a job saved by an older version must not print half a label), so bad data is a `validation`
 * error naming the template, never a malformed label.
 */
export function buildLabelDocument(
  templateId: LabelTemplateId,
  data: unknown,
  options: { dpi?: LabelDpi } = {},
): LabelDocument {
  switch (templateId) {
    case 'shipping-label':
      return shippingLabel(parseTemplateData(shippingLabelDataSchema, templateId, data), options);
    case 'packing-slip':
      return packingSlip(parseTemplateData(packingSlipDataSchema, templateId, data), options);
    case 'test-label':
      return testLabel(parseTemplateData(testLabelDataSchema, templateId, data), options);
    default:
      return unreachable(templateId);
  }
}

function parseTemplateData<T>(schema: z.ZodType<T>, templateId: LabelTemplateId, data: unknown): T {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue === undefined ? '' : ` (${issue.path.join('.')}: ${issue.message})`;
  throw new AppError('validation', `The ${templateId} data is incomplete${where}.`, { cause: parsed.error });
}
