import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { clearSession } from '../auth/session';

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
