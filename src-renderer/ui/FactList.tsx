import type { ReactNode } from 'react';
import './fact-list.css';

type FactListProps = { children: ReactNode };

/** Label–value pairs (a description list); children are {@link Fact}s. */
export function FactList({ children }: FactListProps) {
  return <dl className="fact-list">{children}</dl>;
}
