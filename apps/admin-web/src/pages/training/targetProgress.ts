/** A target's progress (reportProgress of @jining/rules) as a tag: the studio year's (T10) and the colleges' (T11). */
export const TARGET_PROGRESS: Record<string, { text: string; colour: string }> = {
  MET: { text: '已完成', colour: 'green' },
  IN_PROGRESS: { text: '进行中', colour: 'gold' },
  NOT_MET: { text: '未完成', colour: 'red' },
  BREACH: { text: '超出名额', colour: 'red' },
};
