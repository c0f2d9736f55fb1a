import type { BulkWriteRow, CategorizeBulkWriteRowsOutput } from 'rxdb';
import type { StatementCache } from './statement-cache';

/** Attachment bytes by the Blob RxDB handed in, read before the (synchronous) write transaction. */
export type AttachmentBytes = ReadonlyMap<Blob, Buffer>;

/**
 * A better-sqlite3 transaction cannot await, and RxDB hands attachment data in as Blobs: read every
 * Blob of the batch first. Rows that turn out to conflict read theirs for nothing, which is rare.
 */
export async function readAttachmentBytes<T>(rows: readonly BulkWriteRow<T>[]): Promise<AttachmentBytes> {
  const blobs: Blob[] = [];
  for (const row of rows) {
    for (const attachment of Object.values(row.document._attachments ?? {})) {
      if ('data' in attachment && attachment.data instanceof Blob) blobs.push(attachment.data);
    }
  }
  const bytes = await Promise.all(blobs.map(async (blob) => Buffer.from(await blob.arrayBuffer())));
  return new Map(blobs.map((blob, i) => [blob, bytes[i] ?? Buffer.alloc(0)]));
}

/** Applies the attachment changes RxDB's categorisation found; runs inside the write transaction. */
export function writeAttachments<T>(
  statements: StatementCache,
  attachmentsTable: string,
  categorized: CategorizeBulkWriteRowsOutput<T>,
  bytes: AttachmentBytes,
): void {
  const upsert = statements.get(
    `INSERT OR REPLACE INTO ${attachmentsTable} (doc_id, attachment_id, digest, type, data) VALUES (?, ?, ?, ?, ?)`,
  );
  for (const change of [...categorized.attachmentsAdd, ...categorized.attachmentsUpdate]) {
    const data = bytes.get(change.attachmentData.data);
    if (!data) throw new Error(`attachment ${change.attachmentId} of ${change.documentId} was not read`);
    upsert.run(change.documentId, change.attachmentId, change.digest, change.attachmentData.type, data);
  }
  const remove = statements.get(`DELETE FROM ${attachmentsTable} WHERE doc_id = ? AND attachment_id = ?`);
  for (const change of categorized.attachmentsRemove) remove.run(change.documentId, change.attachmentId);
}

/** The stored attachment as a Blob, if its digest is the one asked for (as RxDB's memory storage). */
export function readAttachment(
  statements: StatementCache,
  attachmentsTable: string,
  documentId: string,
  attachmentId: string,
  digest: string,
): Blob {
  const row = statements
    .get(`SELECT digest, type, data FROM ${attachmentsTable} WHERE doc_id = ? AND attachment_id = ?`)
    .get(documentId, attachmentId) as { digest: string; type: string; data: Buffer } | undefined;
  if (!digest || !row || row.digest !== digest) {
    throw new Error(`attachment does not exist: ${documentId}/${attachmentId}`);
  }
  return new Blob([row.data], { type: row.type });
}
