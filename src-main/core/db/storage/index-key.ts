import { getIndexMeta, type RxDocumentData, type RxJsonSchema } from 'rxdb';

/**
 * RxDB's index strings order documents by JavaScript string comparison (UTF-16 code units), and
 * pad every string field with spaces to its `maxLength`. SQLite compares BLOBs with memcmp, so a
 * key is a byte string whose memcmp order is the code-unit order of the index string:
 *
 * - every code unit on its own in UTF-8's 1–3 byte forms, surrogates included (CESU-8). UTF-8
 *   proper writes an emoji as one 4-byte sequence above U+E000–U+FFFF, where JavaScript puts its
 *   surrogate pair below them; CESU-8 keeps code-unit order and ASCII at one byte;
 * - every maximal run of k spaces as 0x20 and a length code (key format 2; format 1 wrote the
 *   spaces). Padding is most of an index string (an order's keys: 661 bytes padded, ~240 coded),
 *   and every byte is written in the table row, in its index and in the WAL. The code must order
 *   as the spaces would: after the run comes a unit above the space (class H), or a unit below
 *   it or the end (class L). Comparing k spaces with j > k spaces decides on the unit after the
 *   k: so L codes rise with k, H codes fall with k, and every L code is below every H code.
 *   L(k) is one byte k up to 0x6F, else 0x6F + n and k in n big-endian bytes (prefix-free and
 *   rising); H(k) is L(k) with every byte complemented (falling, and ≥ 0x8C > 0x73 ≥ any L byte).
 *
 * The run byte 0x20 compares with any other unit's first byte as a space does; a code is decided
 * within itself (prefix-free). index-key.test.ts checks the order on random strings.
 */
export function encodeIndexString(indexString: string): Buffer {
  const builder = createKeyBuilder(indexString.length * 3 + 8);
  builder.add(indexString);
  return builder.finish();
}

/** Appends index string pieces and returns their key; reused for every key of one column. */
type KeyBuilder = {
  add(units: string): void;
  addSpaces(count: number): void;
  /** The key of everything added since the last finish, as a fresh Buffer. */
  finish(): Buffer;
};

const space = 0x20;
const shortRun = 0x6f;

function createKeyBuilder(initialSize: number): KeyBuilder {
  let bytes = Buffer.allocUnsafe(Math.max(64, initialSize));
  let at = 0;
  let spaces = 0;
  const reserve = (more: number): void => {
    if (at + more <= bytes.length) return;
    const grown = Buffer.allocUnsafe(Math.max(bytes.length * 2, at + more));
    bytes.copy(grown, 0, 0, at);
    bytes = grown;
  };
  const flushRun = (isHigh: boolean): void => {
    reserve(6);
    bytes[at++] = space;
    const mask = isHigh ? 0xff : 0;
    if (spaces <= shortRun) {
      bytes[at++] = spaces ^ mask;
    } else {
      const length = spaces < 0x100 ? 1 : spaces < 0x10000 ? 2 : spaces < 0x1000000 ? 3 : 4;
      bytes[at++] = (shortRun + length) ^ mask;
      for (let shift = (length - 1) * 8; shift >= 0; shift -= 8) {
        bytes[at++] = ((spaces >>> shift) & 0xff) ^ mask;
      }
    }
    spaces = 0;
  };
  return {
    add(units) {
      reserve(units.length * 3);
      for (let i = 0; i < units.length; i += 1) {
        const unit = units.charCodeAt(i);
        if (unit === space) {
          spaces += 1;
          continue;
        }
        if (spaces > 0) {
          flushRun(unit > space);
          reserve((units.length - i) * 3);
        }
        if (unit < 0x80) {
          bytes[at++] = unit;
        } else if (unit < 0x800) {
          bytes[at++] = 0xc0 | (unit >> 6);
          bytes[at++] = 0x80 | (unit & 0x3f);
        } else {
          bytes[at++] = 0xe0 | (unit >> 12);
          bytes[at++] = 0x80 | ((unit >> 6) & 0x3f);
          bytes[at++] = 0x80 | (unit & 0x3f);
        }
      }
    },
    addSpaces(count) {
      spaces += count;
    },
    finish() {
      if (spaces > 0) flushRun(false);
      const key = Buffer.from(bytes.subarray(0, at));
      at = 0;
      return key;
    },
  };
}

/** The index string a key was made from; for tests and debugging. */
export function decodeIndexKey(key: Uint8Array): string {
  let text = '';
  for (let i = 0; i < key.length; ) {
    const lead = key[i] ?? 0;
    const next = (offset: number): number => (key[i + offset] ?? 0) & 0x3f;
    if (lead === space) {
      const mask = (key[i + 1] ?? 0) >= 0x80 ? 0xff : 0;
      const code = (key[i + 1] ?? 0) ^ mask;
      let count = code;
      let length = 0;
      if (code > shortRun) {
        length = code - shortRun;
        count = 0;
        for (let n = 0; n < length; n += 1) count = count * 256 + ((key[i + 2 + n] ?? 0) ^ mask);
      }
      text += ' '.repeat(count);
      i += 2 + length;
    } else if (lead < 0x80) {
      text += String.fromCharCode(lead);
      i += 1;
    } else if (lead < 0xe0) {
      text += String.fromCharCode(((lead & 0x1f) << 6) | next(1));
      i += 2;
    } else {
      text += String.fromCharCode(((lead & 0x0f) << 12) | (next(1) << 6) | next(2));
      i += 3;
    }
  }
  return text;
}

/** One schema index stored as one BLOB column. */
export type IndexColumn = {
  /** The index fields as RxDB lists them, e.g. `['_deleted', 'status', 'id']`. */
  readonly fields: readonly string[];
  /** `fields.join(',')`: how a query plan's index is matched to its column. */
  readonly key: string;
  /** Quoted SQL identifier of the column. */
  readonly column: string;
  /** Quoted SQL identifier of the SQLite index over the column. */
  readonly sqlIndex: string;
  /** The encoded key of a document for this index. */
  readonly keyOf: (doc: RxDocumentData<unknown>) => Buffer;
};

/** Prefix of the key columns and their indexes; key format 1 used `idx:`. */
export const keyColumnPrefix = 'key:';

/** Double-quotes an identifier; names come from schemas, so they are quoted, never trusted. */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Builds the column for one schema index. Its key is the encoded RxDB index string, made from the
 * parts RxDB's own `getIndexableStringMonad` joins: a string field is added as its value and a
 * count of padding spaces, so the padding is never written out; other fields as RxDB's part.
 */
export function createIndexColumn<T>(
  tableName: string,
  schema: RxJsonSchema<RxDocumentData<T>>,
  fields: readonly string[],
): IndexColumn {
  const builder = createKeyBuilder(256);
  const parts = getIndexMeta(schema, [...fields]).map((meta) => {
    const maxLength = typeof meta.schemaPart.maxLength === 'number' ? meta.schemaPart.maxLength : 0;
    if (meta.schemaPart.type !== 'string') {
      return (doc: RxDocumentData<T>) => builder.add(meta.getIndexStringPart(doc));
    }
    return (doc: RxDocumentData<T>) => {
      const value: unknown = meta.getValue(doc);
      // RxDB writes a falsy value as '' and pads with padEnd; anything else goes through RxDB.
      const text = !value ? '' : typeof value === 'string' ? value : meta.getIndexStringPart(doc);
      builder.add(text);
      builder.addSpaces(Math.max(0, maxLength - text.length));
    };
  });
  const key = fields.join(',');
  return {
    fields,
    key,
    column: quoteIdentifier(`${keyColumnPrefix}${key}`),
    sqlIndex: quoteIdentifier(`${tableName}:${keyColumnPrefix}${key}`),
    keyOf: (doc) => {
      // A column's documents are of its schema's type.
      for (const part of parts) part(doc as RxDocumentData<T>);
      return builder.finish();
    },
  };
}
