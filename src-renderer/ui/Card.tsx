import type { ReactNode } from 'react';
import './card.css';

type CardProps = { title: string; children: ReactNode };

/** A titled panel of the dashboard-style screens. */
export function Card({ title, children }: CardProps) {
  return (
    <section className="card" aria-label={title}>
      <h2 className="card__title">{title}</h2>
      {children}
    </section>
  );
}
