import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import type { Account } from '../../auth/session';
import { ACCOUNTS, renderPage } from '../../test/render';
import { PersonPage } from './PersonPage';
import { PersonDetailQuery } from './personQuery';
import { RevealIdNumberDoc } from './RevealIdNumberModal';

const county = { __typename: 'County', code: '370811', name: '任城区' };
const person = {
  __typename: 'Person',
  id: 'p1',
  name: '王建国',
  idNumber: '370811********1234',
  gender: 'MALE',
  birthDate: '1980-05-01',
  birthYear: 1980,
  county,
  employer: null,
  highestLevel: null,
  certificates: [],
  ledStudios: [],
  competitionResults: [],
  honours: [],
  entitlements: [],
  factDecisions: [],
};
const FULL = '370811198005011234';

function render(account: Account, reveal: { reason: string; result: () => object }[] = []) {
  return renderPage(<PersonPage />, {
    account,
    mocks: [
      { request: { query: PersonDetailQuery, variables: { id: 'p1' } }, result: { data: { person } } },
      ...reveal.map((r) => ({
        request: { query: RevealIdNumberDoc, variables: { personId: 'p1', reason: r.reason } },
        result: r.result,
      })),
    ],
    url: '/people/p1',
    path: '/people/:id',
  });
}

describe('查看完整身份证号', () => {
  it('asks pii:read for a reason, then shows the full number in the modal only; closing forgets it', async () => {
    const user = userEvent.setup();
    let called = 0;
    render(ACCOUNTS.hrss, [
      {
        reason: '核对补贴申请材料',
        result: () => {
          called += 1;
          return {
            data: { revealIdNumber: { __typename: 'RevealedIdNumber', personId: 'p1', idNumber: FULL } },
          };
        },
      },
    ]);
    await user.click(await screen.findByTestId('reveal-id-number'));
    await screen.findByTestId('reveal-id-modal');
    // No reason, or one character: refused in Chinese before anything is sent.
    await user.click(screen.getByRole('button', { name: /^查\s?看$/ }));
    expect(await screen.findByText('请填写查看理由')).toBeTruthy();
    await user.type(screen.getByTestId('reveal-reason'), '核');
    await user.click(screen.getByRole('button', { name: /^查\s?看$/ }));
    expect(await screen.findByText('查看理由至少 2 个字')).toBeTruthy();
    expect(called).toBe(0);

    await user.clear(screen.getByTestId('reveal-reason'));
    await user.type(screen.getByTestId('reveal-reason'), '核对补贴申请材料');
    await user.click(screen.getByRole('button', { name: /^查\s?看$/ }));
    expect((await screen.findByTestId('revealed-id-number')).textContent).toContain(FULL);
    expect(called).toBe(1);
    // The page itself still shows the masked number.
    expect(screen.getByTestId('person-id-number').textContent).toBe('370811********1234');

    await user.click(await screen.findByRole('button', { name: /关\s?闭$/ }));
    await waitFor(() => expect(screen.queryByTestId('revealed-id-number')).toBeNull());
    expect(document.body.textContent).not.toContain(FULL);
  });

  it('shows the server’s coded refusal in Chinese', async () => {
    const user = userEvent.setup();
    render(ACCOUNTS.hrss, [
      {
        reason: '核对材料',
        result: () => ({
          errors: [new GraphQLError('未找到人员：p1', { extensions: { code: 'NOT_FOUND', reason: 'NOT_FOUND' } })],
        }),
      },
    ]);
    await user.click(await screen.findByTestId('reveal-id-number'));
    await user.type(await screen.findByTestId('reveal-reason'), '核对材料');
    await user.click(screen.getByRole('button', { name: /^查\s?看$/ }));
    expect((await screen.findByTestId('reveal-error')).textContent).toContain('未找到人员：p1');
    expect(screen.queryByTestId('revealed-id-number')).toBeNull();
  });

  it.each([
    ['finance', ACCOUNTS.finance],
    ['the auditor', ACCOUNTS.auditor],
  ])('is not offered to %s', async (_who, account) => {
    render(account);
    await screen.findByTestId('person-name');
    expect(screen.queryByTestId('reveal-id-number')).toBeNull();
  });
});
