import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * False in the server render and during hydration, true once React owns the page. A control that only works through
 * React (a row checkbox) renders disabled until then, so an early click is not silently undone by hydration.
 *
 * @example
 * const hydrated = useHydrated(); return <input type="checkbox" disabled={!hydrated} />;
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
