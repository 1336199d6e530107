import { Button, Card, Descriptions, Space, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useParams } from 'react-router';
import { HistoryCard } from '../../../components/HistoryCard';
import { PageTitle } from '../../../components/PageTitle';
import { QueryError } from '../../../components/QueryError';
import { RecordFallback } from '../../../components/RecordFallback';
import { competitionTierLabels, label } from '../../../labels';
import { AwardGrants } from './AwardGrants';
import { CollegePrizeDetailQueryDoc, RevokeCollegePrizeDoc } from './documents';
import { AwardStatusTag, prizeText } from './fields';
import { awardActionLabels } from './labels';
import { RevokeAwardAction } from './RevokeAwardAction';

/**
 * One college prize: the college, the event and entry, tier, stage and prize, the awarding document, its history
 * from the audit trail, and what finance granted the college for it; those whose duty it is revoke it here.
 */
export function CollegePrizePage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(CollegePrizeDetailQueryDoc, { variables: { id }, errorPolicy: 'all' });
  const [revoke] = useMutation(RevokeCollegePrizeDoc, {
    refetchQueries: ['CollegePrizeDetail', 'CollegePrizes'],
    awaitRefetchQueries: true,
  });
  const prize = data?.collegePrize;
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/competitions/college-prizes')} className="no-print">
      返回职业院校技能大赛获奖
    </Button>
  );
  if (!prize) {
    return (
      <RecordFallback
        heading="职业院校技能大赛获奖"
        back={back}
        loading={loading}
        error={error}
        notFound="未找到该获奖登记"
        testId="college-prize-not-found"
      />
    );
  }
  const grants = (prize.college.entitlements ?? []).filter(
    (e) => e.description.includes(prize.entryName) && e.description.includes(prize.documentNo),
  );
  return (
    <>
      <PageTitle
        title={`${prize.college.name} · ${prize.eventName}`}
        extra={
          <Space wrap>
            {prize.canRevoke && (
              <RevokeAwardAction
                what={`${prize.college.name} ${prize.entryName}`}
                testId="college-prize"
                revoke={(reason) => revoke({ variables: { input: { id: prize.id, reason } } })}
              />
            )}
            {back}
          </Space>
        }
      >
        <span data-testid="college-prize-name">
          {prize.college.name} · {prize.eventName}
        </span>{' '}
        <span style={{ verticalAlign: 'middle' }}>
          <AwardStatusTag status={prize.status} />
        </span>
      </PageTitle>
      <QueryError error={error} />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'college', label: '获奖院校', children: prize.college.name },
            { key: 'event', label: '赛事名称', children: `${prize.eventName}（${prize.eventKey}）` },
            { key: 'entry', label: '参赛项目', children: `${prize.entryName}（${prize.entryKey}）` },
            { key: 'tier', label: '赛事级别', children: label(competitionTierLabels, prize.tier) },
            {
              key: 'prize',
              label: '奖次',
              children: <span data-testid="college-prize-prize">{prizeText(prize)}</span>,
            },
            { key: 'doc', label: '获奖文件文号', children: prize.documentNo },
            { key: 'date', label: '获奖文件日期', children: prize.awardedOn },
            { key: 'by', label: '登记人账号', children: prize.recordedBy },
            ...(prize.revokeReason ? [{ key: 'reason', label: '撤销理由', children: prize.revokeReason }] : []),
          ]}
        />
      </Card>
      {!prize.canRevoke && prize.status === 'ACTIVE' && (
        <Typography.Paragraph type="secondary" className="no-print" data-testid="college-prize-read-only">
          职业院校技能大赛获奖由市人力资源社会保障局、市教育局登记（三(九)）；本账号只查看。
        </Typography.Paragraph>
      )}
      <HistoryCard
        lines={prize.history}
        testId="college-prize-history"
        action={(h) => label(awardActionLabels, h.action)}
      />
      <AwardGrants
        grants={grants}
        testId="college-prize-grants"
        pending="暂无核定结果（登记后由资金核定服务按政策核定，财政在最高标准内审定金额）"
      />
    </>
  );
}
