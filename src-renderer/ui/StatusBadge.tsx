import type { ReactNode } from 'react';
import type { Tone } from './tone';
import './status-badge.css';

type StatusBadgeProps = {
  tone: Tone;
  children: ReactNode;
  /** Large for the top bar and sign-in screen, small inside tables. */
  size?: 'l' | 's';
  testId?: string;
  state?: string;
};

/** A coloured pill that always carries its meaning in words and a shape too, never colour alone. */
export function StatusBadge({ tone, children, size = 's', testId, state }: StatusBadgeProps) {
  return (
    <span
      className={`status-badge status-badge--${tone} status-badge--${size}`}
      data-testid={testId}
      data-state={state}
    >
      <span className="status-badge__mark" aria-hidden="true" />
      {children}
    </span>
  );
}
