/**
 * A competition's audit actions in words: its history on the competition page and the audit page's competitions
 * trail say them alike.
 */
export const COMPETITION_ACTION_WORDS: Record<string, string> = {
  CREATE_COMPETITION: '登记竞赛',
  UPDATE_COMPETITION: '修改主办单位和日期',
  RECORD_COMPETITION_RESULT: '登记竞赛成绩',
  IMPORT_COMPETITION_RESULTS: '批量登记竞赛成绩',
  RECORD_TEAM_RESULT: '登记团体成绩',
};

export const competitionHistoryWords = (action: string): string => COMPETITION_ACTION_WORDS[action] ?? action;
