import { describe, expect, it } from 'vitest';
import { chooseCarrier, formatTrackingNo } from './waybill.model';

describe('chooseCarrier', () => {
  it('ships JD orders with JD, big-city provinces with SF, and splits the rest between ZTO and YTO', () => {
    const carriers = [
      chooseCarrier({ id: 'a', platform: 'jd', province: '上海市' }),
      chooseCarrier({ id: 'a', platform: 'taobao', province: '广东省' }),
      ...['01', '02', '03', '04'].map((id) => chooseCarrier({ id, platform: 'douyin', province: '四川省' })),
    ];
    expect(carriers).toEqual(['JD', 'SF', 'YTO', 'ZTO', 'YTO', 'ZTO']);
  });

  it('gives the same order the same carrier every time', () => {
    const order = { id: '01JF3M0000000000000000000Z', platform: 'pinduoduo', province: '湖南省' } as const;
    expect(new Set(Array.from({ length: 5 }, () => chooseCarrier(order))).size).toBe(1);
  });
});

describe('formatTrackingNo', () => {
  it('writes each carrier’s shape', () => {
    expect(['SF', 'ZTO', 'YTO', 'JD'].map((carrier) => formatTrackingNo(carrier as 'SF', 42))).toEqual([
      'SF0000000000042',
      '70000000000042',
      'YT0000000000042',
      'JDV000000000042',
    ]);
  });

  it('refuses a serial that does not fit, rather than printing a duplicate', () => {
    expect(() => formatTrackingNo('JD', 10 ** 12)).toThrow(RangeError);
    expect(() => formatTrackingNo('SF', -1)).toThrow(RangeError);
  });
});
