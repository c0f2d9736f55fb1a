import Database from 'better-sqlite3';
import { fillWithDefaultSettings, getIndexableStringMonad } from 'rxdb';
import { describe, expect, it } from 'vitest';
import { createIndexColumn, decodeIndexKey, encodeIndexString } from './index-key';

// Code units that stress the order: ASCII, Latin-1, CJK, the private-use/specials area above the
// surrogates, lone and paired surrogates (emoji), RxDB's INDEX_MAX (U+FFFF), and spaces in runs
// short and long (run codes of 1, 2 and 3 bytes) next to units just below and above the space.
const alphabet = [
  '',
  ' ',
  '   ',
  ' '.repeat(111),
  ' '.repeat(112),
  ' '.repeat(300),
  '\x00',
  '\t',
  '\x1f',
  '!',
  'a',
  'Z',
  '0',
  'é',
  '中',
  '文',
  '仓',
  '😀',
  '🎉',
  '\uD83D',
  '\uDE00',
  '\uE000',
  '\uFF21',
  '\uFFFF',
];

function randomString(random: () => number): string {
  let text = '';
  const length = Math.floor(random() * 8);
  for (let i = 0; i < length; i += 1) text += alphabet[Math.floor(random() * alphabet.length)] ?? '';
  return text;
}

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function jsOrder(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

describe('index keys', () => {
  it('round-trips every code unit, lone surrogates included', () => {
    const text = alphabet.join('');
    expect(decodeIndexKey(encodeIndexString(text))).toBe(text);
  });

  it('takes one byte per ASCII code unit and orders an emoji below U+E000 as JavaScript does, unlike UTF-8', () => {
    expect(encodeIndexString('WH01-paid').length).toBe(9);
    expect(Buffer.compare(encodeIndexString('😀'), encodeIndexString('\uE000'))).toBe(-1);
    expect(Buffer.compare(Buffer.from('😀', 'utf8'), Buffer.from('\uE000', 'utf8'))).toBe(1);
  });

  it('writes a run of padding spaces in two bytes', () => {
    expect(encodeIndexString(`0${'packed'.padEnd(32, ' ')}01JD`).length).toBe(1 + 6 + 2 + 4);
    expect(encodeIndexString(' '.repeat(300)).length).toBe(4);
  });

  it('compares byte-wise exactly as JavaScript compares the strings', () => {
    const random = seeded(7);
    for (let i = 0; i < 20_000; i += 1) {
      const a = randomString(random);
      const b = randomString(random);
      expect(
        Math.sign(Buffer.compare(encodeIndexString(a), encodeIndexString(b))),
        `${JSON.stringify(a)} vs ${JSON.stringify(b)}`,
      ).toBe(jsOrder(a, b));
    }
  });

  it('is ordered by SQLite as JavaScript sorts the strings, where TEXT would not be', () => {
    const random = seeded(11);
    const strings = [...new Set(Array.from({ length: 400 }, () => randomString(random)))];
    const db = new Database(':memory:');
    try {
      db.exec('CREATE TABLE k (text TEXT, key BLOB)');
      const insert = db.prepare('INSERT INTO k VALUES (?, ?)');
      for (const text of strings) insert.run(text, encodeIndexString(text));
      const byKey = db.prepare('SELECT key FROM k ORDER BY key').pluck().all() as Buffer[];
      expect(byKey.map(decodeIndexKey)).toEqual([...strings].sort(jsOrder));
      // The reason for BLOBs: SQLite's UTF-8 TEXT puts an emoji after U+E000, JavaScript before it.
      const byText = db
        .prepare("SELECT text FROM k WHERE text IN ('😀', '\uE000') ORDER BY text")
        .pluck()
        .all();
      expect(byText).toEqual(['\uE000', '😀']);
      expect(['\uE000', '😀'].sort(jsOrder)).toEqual(['😀', '\uE000']);
    } finally {
      db.close();
    }
  });

  it("makes each column's key from the document exactly as RxDB's index string, coded", () => {
    type Row = { id: string; status: string; note?: string; total: number; isHeld: boolean };
    const schema = fillWithDefaultSettings<Row>({
      version: 0,
      primaryKey: 'id',
      type: 'object',
      properties: {
        id: { type: 'string', maxLength: 12 },
        status: { type: 'string', maxLength: 8 },
        note: { type: 'string', maxLength: 6 },
        total: { type: 'number', minimum: -100, maximum: 100, multipleOf: 0.01 },
        isHeld: { type: 'boolean' },
      },
      required: ['id', 'status', 'total', 'isHeld'],
    });
    const fields = ['_deleted', 'status', 'note', 'total', 'isHeld', 'id'];
    const column = createIndexColumn('t', schema, fields);
    const indexString = getIndexableStringMonad(schema, fields);
    const random = seeded(3);
    for (let i = 0; i < 2_000; i += 1) {
      const note = randomString(random).slice(0, 9);
      const doc = {
        id: randomString(random).slice(0, 12),
        status: randomString(random).slice(0, 10),
        ...(random() < 0.3 ? {} : { note }),
        total: Math.round((random() * 200 - 100) * 100) / 100,
        isHeld: random() < 0.5,
        _deleted: random() < 0.2,
        _attachments: {},
        _rev: '1-a',
        _meta: { lwt: 1 },
      };
      const key = column.keyOf(doc);
      expect(decodeIndexKey(key), JSON.stringify(doc)).toBe(indexString(doc));
      expect(key.equals(encodeIndexString(indexString(doc)))).toBe(true);
    }
  });
});
