import type { VerdictTone } from './pack-bench-state';

/** One tone: `at` seconds after the verdict, for `seconds`. */
type Beep = {
  readonly frequency: number;
  readonly seconds: number;
  readonly wave: OscillatorType;
  readonly at: number;
};

/**
 * What each verdict sounds like, told apart without looking: a short high beep when the scan was
 * right, a long low buzz when it was refused, two middle beeps for an exception.
 */
export const verdictSounds: Readonly<Record<VerdictTone, readonly Beep[]>> = {
  good: [{ frequency: 1760, seconds: 0.08, wave: 'sine', at: 0 }],
  info: [{ frequency: 1320, seconds: 0.06, wave: 'sine', at: 0 }],
  bad: [{ frequency: 150, seconds: 0.7, wave: 'sawtooth', at: 0 }],
  warn: [
    { frequency: 660, seconds: 0.15, wave: 'square', at: 0 },
    { frequency: 660, seconds: 0.15, wave: 'square', at: 0.25 },
  ],
};

const volume = 0.35;
// Fade in and out so a tone starts and stops without a click.
const fadeSeconds = 0.01;

/** Plays verdict sounds through WebAudio; silent where the page has none. */
export type PackSounds = { play(tone: VerdictTone): void; dispose(): void };

/**
 * Creates the bench's {@link PackSounds} on `view`. The audio context is made on the first sound:
 * by then a key (the scanner's) has been pressed, which browsers require before playing.
 */
export function createPackSounds(view: Window): PackSounds {
  let context: AudioContext | null = null;

  function contextOf(): AudioContext | null {
    if (context !== null) return context;
    // Not every page has WebAudio (jsdom, some kiosks): then the bench is silent, not broken.
    const Context: unknown = Reflect.get(view, 'AudioContext');
    if (typeof Context !== 'function') return null;
    // The page's own AudioContext constructor, checked to be a function just above.
    context = new (Context as typeof AudioContext)();
    return context;
  }

  return {
    play(tone) {
      const audio = contextOf();
      if (audio === null) return;
      if (audio.state === 'suspended') void audio.resume();
      const start = audio.currentTime;
      for (const beep of verdictSounds[tone]) {
        const from = start + beep.at;
        const to = from + beep.seconds;
        const oscillator = audio.createOscillator();
        const gain = audio.createGain();
        oscillator.type = beep.wave;
        oscillator.frequency.value = beep.frequency;
        gain.gain.setValueAtTime(0, from);
        gain.gain.linearRampToValueAtTime(volume, from + fadeSeconds);
        gain.gain.setValueAtTime(volume, to - fadeSeconds);
        gain.gain.linearRampToValueAtTime(0, to);
        oscillator.connect(gain).connect(audio.destination);
        oscillator.start(from);
        oscillator.stop(to);
      }
    },
    dispose() {
      void context?.close();
      context = null;
    },
  };
}
