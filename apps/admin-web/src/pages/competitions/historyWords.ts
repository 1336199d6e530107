/**
 * The audit actions of a competition as its history says them. Platform words for the platform's own audit codes
 * (the audit page shows the codes to auditors); each names what staff did.
 */
const WORDS: Record<string, string> = {
  CREATE_COMPETITION: '登记竞赛',
  UPDATE_COMPETITION: '修改主办单位和日期',
  RECORD_COMPETITION_RESULT: '登记成绩',
  IMPORT_COMPETITION_RESULTS: '批量登记成绩',
  RECORD_TEAM_RESULT: '登记团体成绩',
};

export const competitionHistoryWords = (action: string): string => WORDS[action] ?? action;
