import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { clearSession } from '../auth/session';

// waitFor / findBy give up after 1 s by default: an antd modal and a mocked round trip took longer on a loaded
// 2-core CI machine (a review test failed there with the status not yet updated). The tests still fail when the
// awaited state never comes; they only wait longer for it.
configure({ asyncUtilTimeout: 10_000 });

// vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  clearSession();
  localStorage.clear();
  sessionStorage.clear();
});

// antd's responsive helpers (Grid, Descriptions columns) query matchMedia; keep a stub in case the DOM lacks it.
if (typeof window.matchMedia !== 'function') {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener() {},
      removeListener() {},
      addEventListener() {},
      removeEventListener() {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
