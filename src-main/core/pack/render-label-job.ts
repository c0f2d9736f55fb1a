import iconv from 'iconv-lite';
import { AppError } from '../../../src-shared/errors';
import {
  buildLabelDocument,
  isLabelTemplateId,
  renderTspl,
  renderZpl,
} from '../../../src-shared/features/labels';
import { renderEscPos } from '../printing/escpos';
import type { RenderJob } from '../printing';

/**
 * The bytes of one print job in its printer's language: the template builds the label document
 * from the job's data, then ZPL goes out as UTF-8 (the label selects it with `^CI28`), TSPL as
 * GB18030 (what Chinese TSC firmware fonts read), ESC/POS through its own renderer.
 */
export const renderLabelJob: RenderJob = async (job, language) => {
  if (!isLabelTemplateId(job.templateId)) {
    throw new AppError('validation', `No label template is called ${job.templateId}.`);
  }
  const doc = buildLabelDocument(job.templateId, job.data);
  switch (language) {
    case 'zpl':
      return new TextEncoder().encode(renderZpl(doc));
    case 'tspl':
      return new Uint8Array(iconv.encode(renderTspl(doc), 'gb18030'));
    case 'escpos':
      return renderEscPos(doc);
  }
};
