import { MEDAL } from '@jining/rules/vocabulary';
import type { Medal } from '../../gql/graphql';
import { oneOf, positiveInteger, type ImportSpec } from '../../components/import/importSheet';

/** A row of the results file, as the bulk mutation takes it. */
export interface ResultImportRow {
  idNumber: string;
  rank?: number;
  medal?: Medal;
}

// A medal is written in a file as its short word (金牌) or in full (金牌（一等奖）).
const medalWords = Object.fromEntries(MEDAL.codes.map((m) => [m, [MEDAL.shortLabels[m], MEDAL.labels[m]]])) as Record<
  Medal,
  string[]
>;

/**
 * 竞赛成绩 from Excel: the person by full ID number (found in the directory by the server, for accounts that may see
 * full numbers), the rank and the medal. Column keys are the mutation's row fields, so the server's row errors
 * (field idNumber, rank, medal) name the columns.
 */
export const RESULTS_IMPORT: ImportSpec<ResultImportRow> = {
  name: '竞赛成绩',
  columns: [
    {
      key: 'idNumber',
      header: '身份证号',
      required: true,
      example: '370802199001011234',
      width: 24,
      parse: (text) => ({ ok: true, value: text.toUpperCase() }),
    },
    { key: 'rank', header: '名次', example: '1', parse: positiveInteger('名次') },
    { key: 'medal', header: '奖次', example: medalWords.GOLD[0], parse: oneOf('奖次', medalWords) },
  ],
};
