import { useCallback } from 'react';
import { useLocation, useSearchParams } from 'react-router';

/**
 * A list filter kept in the URL (`?county=370811`): a link or a reload shows the same rows, and Back restores the
 * previous filter, because each change is a history entry. Empty means "not filtered".
 */
export function useUrlParam<T extends string = string>(name: string): [T | undefined, (value: T | undefined) => void] {
  const [params, setParams] = useSearchParams();
  const { pathname } = useLocation();
  const value = (params.get(name) ?? undefined) as T | undefined;
  const set = useCallback(
    (next: T | undefined) =>
      setParams((current) => {
        const copy = new URLSearchParams(latestSearch(pathname, current));
        if (next === undefined || next === '') copy.delete(name);
        else copy.set(name, next);
        return copy;
      }),
    [name, pathname, setParams],
  );
  return [value, set];
}

/** A whole-number filter in the URL (a year); anything else in the URL counts as not filtered. */
export function useUrlNumberParam(name: string): [number | undefined, (value: number | undefined) => void] {
  const [text, setText] = useUrlParam(name);
  const parsed = text !== undefined && /^\d{1,6}$/.test(text) ? Number(text) : undefined;
  return [parsed, useCallback((value) => setText(value === undefined ? undefined : String(value)), [setText])];
}

/**
 * The filters in the address bar now, not those of the last render. BrowserRouter renders a URL change in a
 * transition: until React commits it, the page's handlers still hold the previous search, so a second filter chosen
 * quickly (a county, then a level) would drop the first (seen in the people list's e2e test). The browser's location
 * is updated at once by pushState, so it is the truth while it shows the same page; elsewhere (a memory router in
 * unit tests) the router's own search is.
 */
function latestSearch(pathname: string, rendered: URLSearchParams): URLSearchParams {
  if (typeof window !== 'undefined' && window.location.pathname === pathname) {
    return new URLSearchParams(window.location.search);
  }
  return rendered;
}
