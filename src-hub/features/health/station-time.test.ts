import { describe, expect, it } from 'vitest';
import { stationClockOffsetMs } from './station-time';

const hubNow = Date.parse('2026-03-01T08:00:00.000Z');

describe('stationClockOffsetMs', () => {
  it('measures station time minus hub time', () => {
    expect(stationClockOffsetMs('2026-03-01T08:00:31.500Z', hubNow)).toBe(31_500);
    expect(stationClockOffsetMs('2026-03-01T15:59:59+08:00', hubNow)).toBe(-1_000);
  });

  it.each([undefined, '', 'yesterday', '2026-03-01', '2026-13-01T08:00:00Z', ['2026-03-01T08:00:00Z']])(
    'ignores %j',
    (header) => {
      expect(stationClockOffsetMs(header, hubNow)).toBeNull();
    },
  );
});
