import type { ReactNode } from 'react';
import type { Tone } from './tone';

type FactProps = {
  label: string;
  children: ReactNode;
  /** Values that need an eye (a clock far off) are marked; `neutral` is the plain look. */
  tone?: Tone;
  /** File paths and URLs break anywhere and use the monospace face. */
  isCode?: boolean;
};

/** One label–value pair inside a FactList. */
export function Fact({ label, children, tone = 'neutral', isCode = false }: FactProps) {
  const classes = ['fact__value', `fact__value--${tone}`, isCode ? 'fact__value--code' : ''].filter(Boolean);
  return (
    <div className="fact">
      <dt className="fact__label">{label}</dt>
      <dd className={classes.join(' ')}>{children}</dd>
    </div>
  );
}
