/** A set of listeners for one kind of value; one failing listener does not starve the others. */
export type ListenerSet<T> = {
  /** Returns the function that removes the listener. */
  add(listener: (value: T) => void): () => void;
  emit(value: T): void;
  clear(): void;
};

/** Creates a {@link ListenerSet}; `onListenerError` sees what a listener threw. */
export function createListenerSet<T>(onListenerError: (error: unknown) => void): ListenerSet<T> {
  const listeners = new Set<(value: T) => void>();
  return {
    add(listener) {
      // Wrapped so the same function added twice is two subscriptions, each removable on its own.
      const entry = (value: T) => listener(value);
      listeners.add(entry);
      return () => listeners.delete(entry);
    },
    emit(value) {
      for (const listener of [...listeners]) {
        try {
          listener(value);
        } catch (error) {
          onListenerError(error);
        }
      }
    },
    clear: () => listeners.clear(),
  };
}
