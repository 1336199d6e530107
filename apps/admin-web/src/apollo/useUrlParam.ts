import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A list filter kept in the URL (`?county=370811`): a link or a reload shows the same rows, and Back restores the
 * previous filter, because each change is a history entry. Empty means "not filtered".
 */
export function useUrlParam<T extends string = string>(name: string): [T | undefined, (value: T | undefined) => void] {
  const [params, setParams] = useSearchParams();
  const value = (params.get(name) ?? undefined) as T | undefined;
  const set = useCallback(
    (next: T | undefined) =>
      setParams((current) => {
        const copy = new URLSearchParams(current);
        if (next === undefined || next === '') copy.delete(name);
        else copy.set(name, next);
        return copy;
      }),
    [name, setParams],
  );
  return [value, set];
}

/** A whole-number filter in the URL (a year); anything else in the URL counts as not filtered. */
export function useUrlNumberParam(name: string): [number | undefined, (value: number | undefined) => void] {
  const [text, setText] = useUrlParam(name);
  const parsed = text !== undefined && /^\d{1,6}$/.test(text) ? Number(text) : undefined;
  return [parsed, useCallback((value) => setText(value === undefined ? undefined : String(value)), [setText])];
}
