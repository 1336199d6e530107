import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import type { Account } from '../../../auth/session';
import { download } from '../../../export/excel';
import { ACCOUNTS, renderPage } from '../../../test/render';
import { ClosePublicityBatchMutationDoc, PublicityBatchDetailQueryDoc, ResolveObjectionMutationDoc } from './documents';
import { batch, objection, personLine, unitLine } from './fixtures';
import { PublicityBatchPage } from './PublicityBatchPage';

// The file is kept instead of handed to the browser, so the test can read it back.
vi.mock('../../../export/excel', async (original) => ({
  ...(await original<typeof import('../../../export/excel')>()),
  download: vi.fn(),
}));

const detail = (answer: object): MockLink.MockedResponse => ({
  request: { query: PublicityBatchDetailQueryDoc, variables: { id: 'pb1' } },
  result: { data: { publicityBatch: answer } },
});

function open(account: Account, more: MockLink.MockedResponse[] = []) {
  return renderPage(<PublicityBatchPage />, {
    account,
    mocks: [detail(batch), ...more],
    url: '/finance/publicity/pb1',
    path: '/finance/publicity/:id',
  });
}

const rowOf = (entitlementId: string) =>
  document.querySelector(`[data-testid="publicity-lines"] tr[data-entitlement-id="${entitlementId}"]`) as HTMLElement;

describe('PublicityBatchPage', () => {
  it('shows the list as published: names and ID numbers masked, units whole, amounts, clauses and objections', async () => {
    open(ACCOUNTS.finance);
    expect((await screen.findByTestId('publicity-title')).textContent).toBe('2026年第一批高技能人才资金待遇公示');
    expect(screen.getByTestId('publicity-status').textContent).toBe('公示中');
    expect(screen.getByTestId('publicity-window').textContent).toBe('2026-12-02 至 2026-12-08（7 天）');
    expect(screen.getByTestId('publicity-window-note').textContent).toContain('2026-12-09 起');

    const person = rowOf('e1');
    expect(within(person).getByTestId('publicity-line-name').textContent).toBe('王*国');
    expect(within(person).getByTestId('publicity-line-id').textContent).toBe('370811********1234');
    expect(within(person).getByTestId('publicity-line-amount').textContent).toBe('¥3,000.00');
    expect(person.textContent).toContain('济人社发〔2024〕9号 第二部分（二）');
    expect(person.textContent).not.toContain('王建国');
    expect(within(person).getByTestId('objection').textContent).toContain('待处理');

    const unit = rowOf('e2');
    expect(within(unit).getByTestId('publicity-line-name').textContent).toBe('山东能源集团济宁矿业有限公司');
    expect(within(unit).getByTestId('publicity-line-amount').textContent).toBe('¥50,000.00');
    // 市财政局 takes objections on every line in publicity and resolves the open one.
    expect(within(unit).getByTestId('record-objection')).toBeTruthy();
    expect(within(person).getByTestId('resolve-objection')).toBeTruthy();
  });

  it('exports the masked list to Excel, one row per line', async () => {
    open(ACCOUNTS.finance);
    fireEvent.click(await screen.findByTestId('export-excel'));
    await waitFor(() => expect(download).toHaveBeenCalled());
    const [bytes, fileName] = vi.mocked(download).mock.calls[0]!;
    expect(fileName).toMatch(/^公示名单-2026年第一批高技能人才资金待遇公示-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = book.getWorksheet('公示名单')!;
    expect(sheet.getRow(1).values).toContain('身份证号/统一社会信用代码');
    const first = sheet.getRow(2).values as unknown[];
    expect(first).toContain('王*国');
    expect(first).toContain('370811********1234');
    expect(first).toContain(3000);
    expect(first).not.toContain('王建国');
    expect(sheet.getRow(3).values).toContain('山东能源集团济宁矿业有限公司');
  });

  it('prints the page (the print stylesheet hides the menus and buttons)', async () => {
    // happy-dom has no print dialog.
    const print = vi.fn();
    window.print = print;
    open(ACCOUNTS.finance);
    fireEvent.click(await screen.findByTestId('print'));
    expect(print).toHaveBeenCalled();
    expect(screen.getByTestId('close-publicity').closest('.no-print')).toBeTruthy();
  });

  it('says in Chinese why the publicity cannot end yet, and ends nothing', async () => {
    open(ACCOUNTS.finance, [
      {
        request: { query: ClosePublicityBatchMutationDoc, variables: { id: 'pb1' } },
        result: {
          errors: [
            {
              message: '公示期至 2026-12-08 止，2026-12-09 起方可结束公示',
              extensions: { code: 'BAD_USER_INPUT', reason: 'WINDOW_NOT_ENDED', field: 'id' },
            },
          ],
        },
      },
    ]);
    fireEvent.click(await screen.findByTestId('close-publicity'));
    expect((await screen.findByTestId('close-publicity-modal')).textContent).toContain('2026-12-09 起方可结束');
    fireEvent.click(screen.getByTestId('close-publicity-modal-ok'));
    expect((await screen.findByTestId('close-publicity-modal-error')).textContent).toBe(
      '公示期至 2026-12-08 止，2026-12-09 起方可结束公示',
    );
    expect(screen.getByTestId('publicity-status').textContent).toBe('公示中');
  });

  it('resolves an objection as upheld only with a reason, then shows the batch again', async () => {
    const upheld = { ...objection, status: 'UPHELD', resolution: '经核实已离职', resolvedAt: '2026-12-04T02:00:00Z' };
    open(ACCOUNTS.finance, [
      {
        request: {
          query: ResolveObjectionMutationDoc,
          variables: { input: { id: 'o1', upheld: true, note: '经核实已离职' } },
        },
        result: { data: { resolveObjection: { __typename: 'Objection', id: 'o1', status: 'UPHELD' } } },
      },
      detail({
        ...batch,
        lines: [
          { ...personLine, entitlement: { ...personLine.entitlement, status: 'REJECTED' }, objections: [upheld] },
          unitLine,
        ],
      }),
    ]);
    await screen.findByTestId('publicity-title');
    fireEvent.click(within(rowOf('e1')).getByTestId('resolve-objection'));
    const modal = await screen.findByTestId('resolve-objection-modal');
    fireEvent.click(within(modal).getByTestId('objection-upheld'));
    expect(await within(modal).findByText('不予发放的理由')).toBeTruthy();
    fireEvent.click(screen.getByTestId('resolve-objection-modal-ok'));
    expect(await within(modal).findByText('须写明处理意见')).toBeTruthy();

    fireEvent.change(within(modal).getByTestId('objection-note'), { target: { value: '经核实已离职' } });
    fireEvent.click(screen.getByTestId('resolve-objection-modal-ok'));
    await waitFor(() => expect(within(rowOf('e1')).getByTestId('objection').textContent).toContain('异议成立'));
    expect(rowOf('e1').textContent).toContain('处理意见：经核实已离职');
    expect(within(rowOf('e1')).queryByTestId('record-objection')).toBeNull();
  });

  it('gives county finance the list read-only, to export and print', async () => {
    open(ACCOUNTS.county);
    await screen.findByTestId('publicity-title');
    expect(screen.getByTestId('publicity-read-only').textContent).toContain('市财政局');
    expect(screen.queryByTestId('close-publicity')).toBeNull();
    expect(screen.queryByTestId('record-objection')).toBeNull();
    expect(screen.getByTestId('export-excel')).toBeTruthy();
    expect(screen.getByTestId('print')).toBeTruthy();
  });
});
