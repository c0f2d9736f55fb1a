/** What a state means to the person: fine, needs an eye, broken, or nothing to say. */
export type Tone = 'good' | 'warn' | 'bad' | 'neutral';
