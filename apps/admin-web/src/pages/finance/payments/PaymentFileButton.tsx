import { useState } from 'react';
import { App, Button } from 'antd';
import { BankOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { PaymentFileMutation } from '../../../gql/graphql';
import { ActionModal } from '../../../components/ActionModal';
import { ReasonField } from '../../../components/ReasonField';
import { download, workbookBytes, type ExportColumn } from '../../../export/excel';
import { paymentAccountKindLabels } from '../../../labels';

export const PaymentFileMutationDoc = graphql(`
  mutation PaymentFile($batchId: ID!, $reason: String!) {
    paymentFile(batchId: $batchId, reason: $reason) {
      batchId
      lineCount
      missingAccounts
      lines {
        no
        payeeName
        accountKind
        bankName
        accountNumber
        accountMissing
        amount
        clause
      }
    }
  }
`);

type FileLine = PaymentFileMutation['paymentFile']['lines'][number];

/** What a line lacking an account shows in the file, in place of its bank and number. */
export const ACCOUNT_MISSING = '账户缺失';

/** 支付文件's columns: who is paid, to which account (in full), how much, under which clause. */
export const paymentFileColumns: ExportColumn<FileLine>[] = [
  { header: '序号', value: (l) => l.no, kind: 'number', width: 8 },
  { header: '收款人', value: (l) => l.payeeName, width: 28 },
  { header: '账户类型', value: (l) => paymentAccountKindLabels[l.accountKind], width: 16 },
  { header: '开户行', value: (l) => (l.accountMissing ? ACCOUNT_MISSING : l.bankName), width: 28 },
  { header: '账号', value: (l) => (l.accountMissing ? ACCOUNT_MISSING : l.accountNumber), width: 28 },
  { header: '金额（元）', value: (l) => l.amount, kind: 'money', width: 14 },
  { header: '条款', value: (l) => l.clause, width: 10 },
];

/**
 * 导出支付文件 for whoever pays the batch: asks why, then the server reads each payee's full account from the
 * directory and records the export (who, why) in finance's audit trail. The accounts live only in the downloaded
 * file ('no-cache'); lines without an account are in it as 账户缺失, and the message says how many.
 */
export function PaymentFileButton({ batchId, fileName }: { batchId: string; fileName: string }) {
  const { message, modal } = App.useApp();
  const [open, setOpen] = useState(false);
  const [exportFile] = useMutation(PaymentFileMutationDoc, { fetchPolicy: 'no-cache' });

  async function run({ reason }: { reason: string }) {
    const { data } = await exportFile({ variables: { batchId, reason: reason.trim() } });
    const file = data!.paymentFile;
    download(
      await workbookBytes('支付文件', paymentFileColumns, file.lines),
      `${fileName.replace(/[\\/:*?"<>|]/g, '_')}.xlsx`,
    );
    return file;
  }

  return (
    <>
      <Button icon={<BankOutlined />} onClick={() => setOpen(true)} data-testid="export-payment-file">
        导出支付文件
      </Button>
      {open && (
        <ActionModal<{ reason: string }, PaymentFileMutation['paymentFile']>
          title="导出支付文件"
          okText="导出"
          testId="payment-file-modal"
          fieldNames={['reason']}
          errorPrefix=""
          effect="支付文件含各收款人的完整账号（个人为社保卡金融账户，单位为基本存款账户）。请写明导出理由，导出人、时间与理由将记入审计日志。"
          onSubmit={run}
          onSuccess={(file) => {
            setOpen(false);
            if (file.missingAccounts > 0) {
              modal.warning({
                title: `已导出 ${file.lineCount} 笔，其中 ${file.missingAccounts} 笔账户缺失`,
                content: '账户缺失的明细已在文件中标明“账户缺失”：请先由市人社局登记收款账户，再行支付。',
              });
            } else {
              message.success(`已导出支付文件，共 ${file.lineCount} 笔`);
            }
          }}
          onClose={() => setOpen(false)}
        >
          <ReasonField
            label="导出理由"
            testId="payment-file-reason"
            emptyMessage="请填写导出理由"
            shortMessage="导出理由至少 2 个字"
          />
        </ActionModal>
      )}
    </>
  );
}
