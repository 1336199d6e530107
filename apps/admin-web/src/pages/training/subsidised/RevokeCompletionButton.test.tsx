import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App as AntApp } from 'antd';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import { RevokeTrainingCompletionDoc } from './documents';
import { RevokeCompletionButton } from './RevokeCompletionButton';

const completion = { id: 'c1', person: { name: '孙学员' } };
const revoke = (reason: string) => ({
  request: { query: RevokeTrainingCompletionDoc, variables: { input: { id: 'c1', reason } } },
});

function show(mocks: MockLink.MockedResponse[], onRevoked = vi.fn()) {
  render(
    <MockedProvider mocks={mocks}>
      <AntApp>
        <RevokeCompletionButton completion={completion} onRevoked={onRevoked} />
      </AntApp>
    </MockedProvider>,
  );
  fireEvent.click(screen.getByTestId('completion-revoke-c1'));
  return onRevoked;
}

describe('撤销结业学员', () => {
  it('asks for a reason, then revokes and tells the page', async () => {
    const onRevoked = show([
      {
        ...revoke('学员未实际参训'),
        result: {
          data: {
            revokeTrainingCompletion: {
              __typename: 'TrainingCompletion',
              id: 'c1',
              revoked: true,
              revokeReason: '学员未实际参训',
            },
          },
        },
      },
    ]);
    await screen.findByTestId('completion-revoke-dialog');
    fireEvent.click(screen.getByTestId('completion-revoke-dialog-ok'));
    expect(await screen.findByText('请写明理由')).toBeTruthy();
    expect(onRevoked).not.toHaveBeenCalled();
    fireEvent.change(screen.getByTestId('completion-revoke-reason'), { target: { value: '学员未实际参训' } });
    fireEvent.click(screen.getByTestId('completion-revoke-dialog-ok'));
    await waitFor(() => expect(onRevoked).toHaveBeenCalledTimes(1));
  });

  it('shows the server’s Chinese refusal in the dialog and tells the page nothing', async () => {
    const onRevoked = show([
      {
        ...revoke('再次撤销'),
        result: {
          errors: [new GraphQLError('该学员的结业已撤销', { extensions: { code: 'CONFLICT', field: 'input.id' } })],
        },
      },
    ]);
    await screen.findByTestId('completion-revoke-dialog');
    fireEvent.change(screen.getByTestId('completion-revoke-reason'), { target: { value: '再次撤销' } });
    fireEvent.click(screen.getByTestId('completion-revoke-dialog-ok'));
    await waitFor(() => expect(screen.getByTestId('completion-revoke-dialog-error').textContent).toContain('已撤销'));
    expect(onRevoked).not.toHaveBeenCalled();
  });
});
