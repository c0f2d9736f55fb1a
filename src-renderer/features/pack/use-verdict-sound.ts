import { useEffect, useRef } from 'react';
import { type PaintedVerdict, toneOf } from './pack-bench-state';
import { createPackSounds, type PackSounds } from './pack-sounds';

/** Sounds each newly painted verdict once (a banner repainted for the next order stays quiet). */
export function useVerdictSound(painted: PaintedVerdict | null): void {
  const sounds = useRef<PackSounds | null>(null);
  const playedSeq = useRef(0);

  useEffect(() => {
    const created = createPackSounds(window);
    sounds.current = created;
    return () => {
      created.dispose();
      sounds.current = null;
    };
  }, []);

  useEffect(() => {
    if (painted === null || painted.seq === playedSeq.current) return;
    playedSeq.current = painted.seq;
    sounds.current?.play(toneOf(painted));
  }, [painted]);
}
