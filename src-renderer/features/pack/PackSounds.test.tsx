import { waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakePackIds } from '../../app/bridge/fake-pack-orders.fake';
import { closePackApps, openPack, scan } from './pack-screen.fake';

type Tone = { wave: string; frequency: number; ms: number };

/** The page's WebAudio, faked at the browser's port: it records each tone played. */
function createRecordingAudio(played: Tone[]) {
  return class RecordingAudioContext {
    state = 'running';
    currentTime = 10;
    destination = {};
    createOscillator() {
      let from = 0;
      const oscillator = {
        type: 'sine',
        frequency: { value: 0 },
        connect: (next: unknown) => next,
        start: (at: number) => {
          from = at;
        },
        stop: (at: number) => {
          played.push({
            wave: oscillator.type,
            frequency: oscillator.frequency.value,
            ms: Math.round((at - from) * 1000),
          });
        },
      };
      return oscillator;
    }
    createGain() {
      const param = { setValueAtTime: () => param, linearRampToValueAtTime: () => param };
      return { gain: param, connect: (next: unknown) => next };
    }
    resume = () => Promise.resolve();
    close = () => Promise.resolve();
  };
}

const played: Tone[] = [];

beforeEach(() => {
  played.length = 0;
  Reflect.set(window, 'AudioContext', createRecordingAudio(played));
});
afterEach(() => {
  closePackApps();
  Reflect.deleteProperty(window, 'AudioContext');
});

describe('pack screen sounds', () => {
  it('beeps short and high for a right item, buzzes long and low for a wrong one', async () => {
    const station = await openPack();
    // A verdict's sound plays just after its banner is painted: wait for each before the next.
    await scan(station, `ORD-${fakePackIds.first}`);
    await waitFor(() => expect(played).toEqual([{ wave: 'sine', frequency: 1320, ms: 60 }]));
    played.length = 0;

    await scan(station, '6901234000016');
    await waitFor(() => expect(played).toEqual([{ wave: 'sine', frequency: 1760, ms: 80 }]));

    played.length = 0;
    await scan(station, '6901234000030');
    await waitFor(() => expect(played).toEqual([{ wave: 'sawtooth', frequency: 150, ms: 700 }]));
  });
});
