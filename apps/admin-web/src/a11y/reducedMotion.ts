import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

const media = () => (typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(QUERY) : undefined);

function subscribe(onChange: () => void) {
  const list = media();
  list?.addEventListener('change', onChange);
  return () => list?.removeEventListener('change', onChange);
}

/**
 * Whether the user's system asks for less motion (WCAG 2.3.3). antd only drops some CSS animations for it; its
 * motion library still zooms dialogs and slides drawers in, and a click landing while a dialog's button is still
 * moving is lost (seen in Chromium on a loaded machine). With this, the app turns antd's motion off altogether.
 */
export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => media()?.matches ?? false,
    () => false,
  );
}
