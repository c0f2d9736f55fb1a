import { describe, expect, it } from 'vitest';
import type { ChangeNote } from './change-bus';
import { payloadOf } from './change-relay';

describe('the change note payload for the other hubs', () => {
  it('sends each note once', () => {
    const note: ChangeNote = { collection: 'orders', warehouseId: 'wh-sha' };
    expect(JSON.parse(payloadOf('hub-1', [note, note, { ...note, warehouseId: 'wh-can' }]))).toEqual({
      from: 'hub-1',
      notes: [note, { ...note, warehouseId: 'wh-can' }],
    });
  });

  it('stays under PostgreSQL’s NOTIFY limit by telling everyone about the collections named', () => {
    // A push of 500 commands from 500 stations answers one result note per station.
    const notes: ChangeNote[] = Array.from({ length: 500 }, (_, i) => ({
      collection: 'commandResults',
      warehouseId: 'wh-sha',
      stationId: `STATION-${String(i).padStart(4, '0')}`,
    }));
    notes.push({ collection: 'stock', warehouseId: 'wh-sha' });
    const payload = payloadOf('hub-1', notes);
    expect({ bytes: Buffer.byteLength(payload) < 8_000, parsed: JSON.parse(payload) as unknown }).toEqual({
      bytes: true,
      parsed: {
        from: 'hub-1',
        notes: [
          { collection: 'commandResults', warehouseId: null },
          { collection: 'stock', warehouseId: null },
        ],
      },
    });
  });
});
