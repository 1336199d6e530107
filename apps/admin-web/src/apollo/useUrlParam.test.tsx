import { act, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { EnumSelect } from '../components/EnumSelect';
import { SearchInput } from '../components/SearchInput';
import { useUrlParam } from './useUrlParam';

function Filters() {
  const [county, setCounty] = useUrlParam('county');
  const [level, setLevel] = useUrlParam('level');
  const [q, setQ] = useUrlParam('q');
  const location = useLocation();
  return (
    <>
      <SearchInput key={q ?? ''} placeholder="姓名" defaultValue={q} onSearch={setQ} />
      <EnumSelect
        labels={{ A: '甲县', B: '乙县' }}
        value={county as 'A' | undefined}
        onChange={setCounty}
        placeholder="县"
        testId="c"
      />
      <EnumSelect
        labels={{ SENIOR: '至少高级工', TECH: '至少技师' }}
        value={level as 'SENIOR' | undefined}
        onChange={setLevel}
        placeholder="级"
        testId="l"
      />
      <span data-testid="search">{location.search}</span>
    </>
  );
}

async function choose(label: string, option: string) {
  await act(async () => fireEvent.mouseDown(screen.getByLabelText(label)));
  await act(async () => fireEvent.click(await screen.findByText(option)));
}

describe('useUrlParam', () => {
  it('keeps the other filters when one changes: the county, the level and the name stay together', async () => {
    render(
      <MemoryRouter initialEntries={['/people']}>
        <Filters />
      </MemoryRouter>,
    );
    await choose('县', '甲县');
    expect(screen.getByTestId('search').textContent).toBe('?county=A');
    await choose('级', '至少高级工');
    expect(screen.getByTestId('search').textContent).toBe('?county=A&level=SENIOR');
    const box = screen.getByPlaceholderText('姓名');
    await act(async () => fireEvent.change(box, { target: { value: '张' } }));
    await act(async () => fireEvent.keyDown(box, { key: 'Enter', code: 'Enter', keyCode: 13 }));
    expect(screen.getByTestId('search').textContent).toBe('?county=A&level=SENIOR&q=%E5%BC%A0');
  });

  it('adds to the address bar’s filters when the page has not rendered the last change yet', async () => {
    // The browser already shows ?county=A (pushState is immediate); the router's render still has no filter, as
    // while BrowserRouter's transition is pending.
    window.history.pushState({}, '', '/people?county=A');
    render(
      <MemoryRouter initialEntries={['/people']}>
        <Filters />
      </MemoryRouter>,
    );
    await choose('级', '至少高级工');
    expect(screen.getByTestId('search').textContent).toBe('?county=A&level=SENIOR');
    window.history.pushState({}, '', '/');
  });
});
