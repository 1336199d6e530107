import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { usePrefersReducedMotion } from './reducedMotion';

/** A matchMedia whose answer the test changes, as the system setting would. */
function systemSetting(reduce: boolean) {
  const listeners = new Set<() => void>();
  const list = {
    get matches() {
      return reduce;
    },
    addEventListener: (_: string, l: () => void) => listeners.add(l),
    removeEventListener: (_: string, l: () => void) => listeners.delete(l),
  };
  vi.stubGlobal('matchMedia', (query: string) => {
    expect(query).toBe('(prefers-reduced-motion: reduce)');
    return list;
  });
  return {
    set(value: boolean) {
      reduce = value;
      listeners.forEach((l) => l());
    },
  };
}

function Probe() {
  return <span data-testid="motion">{usePrefersReducedMotion() ? 'reduce' : 'full'}</span>;
}

afterEach(() => vi.unstubAllGlobals());

describe('usePrefersReducedMotion', () => {
  it('follows the system setting, also when it changes', () => {
    const setting = systemSetting(false);
    render(<Probe />);
    expect(screen.getByTestId('motion').textContent).toBe('full');
    act(() => setting.set(true));
    expect(screen.getByTestId('motion').textContent).toBe('reduce');
  });
});
