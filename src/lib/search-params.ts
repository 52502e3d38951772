import { useCallback, useSyncExternalStore } from 'react';

/** The browser URL's query string as an external store, so the URL stays the source of truth for the view. */
const NAVIGATE_EVENT = 'app:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

const getSearch = () => window.location.search;

export type NavigateOptions = {
  /** Replace the current history entry instead of adding one (typing, for example). */
  replace?: boolean;
};

/** Writes a new query string and tells subscribers; an unchanged URL writes nothing. */
export function navigateSearch(search: URLSearchParams, options: NavigateOptions = {}): void {
  const query = search.toString().replace(/%2C/g, ',');
  const next = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
  const current = `${window.location.pathname}${window.location.search}${window.location.hash}`;
  if (next === current) return;
  if (options.replace) window.history.replaceState(window.history.state, '', next);
  else window.history.pushState(window.history.state, '', next);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** The current query string (re-rendering on back/forward and on our own navigation) and a setter. */
export function useSearchParams(): [string, (search: URLSearchParams, options?: NavigateOptions) => void] {
  const search = useSyncExternalStore(subscribe, getSearch, () => '');
  const set = useCallback(
    (next: URLSearchParams, options?: NavigateOptions) => navigateSearch(next, options),
    [],
  );
  return [search, set];
}
