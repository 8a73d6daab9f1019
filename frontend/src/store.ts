import { useEffect, useState } from 'preact/hooks';

/** A value that components can subscribe to; the app's only state container. */
export interface Store<T> {
  get(): T;
  set(next: T): void;
  subscribe(listener: () => void): () => void;
}

export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return;
      value = next;
      for (const l of [...listeners]) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Re-renders the component whenever the store changes. */
export function useStore<T>(store: Store<T>): T {
  const [, setTick] = useState(0);
  const value = store.get();
  useEffect(() => {
    const unsubscribe = store.subscribe(() => setTick((n) => n + 1));
    // The value may have changed between this render and the effect.
    if (!Object.is(value, store.get())) setTick((n) => n + 1);
    return unsubscribe;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store]);
  return value;
}
