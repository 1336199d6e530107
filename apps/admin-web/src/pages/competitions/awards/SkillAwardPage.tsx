import { Button, Card, Descriptions, Space, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { HistoryCard } from '../../../components/HistoryCard';
import { PageTitle } from '../../../components/PageTitle';
import { PersonLink } from '../../../components/PersonLink';
import { QueryError } from '../../../components/QueryError';
import { RecordFallback } from '../../../components/RecordFallback';
import { label, medalLabels } from '../../../labels';
import { AwardGrants } from './AwardGrants';
import { RevokeSkillAwardDoc, SkillAwardDetailQueryDoc } from './documents';
import { AwardStatusTag, winnerText } from './fields';
import { awardActionLabels, awardWinnerKindLabels, skillAwardLabels, talentRouteLabels } from './labels';
import { RevokeAwardAction } from './RevokeAwardAction';

/**
 * One skill award: the award, its winner (a person or a team), the route and unit, the role played, the document,
 * its history from the audit trail, and what finance granted the winners and the unit for it; 市人社局 revokes it here.
 */
export function SkillAwardPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(SkillAwardDetailQueryDoc, { variables: { id }, errorPolicy: 'all' });
  const [revoke] = useMutation(RevokeSkillAwardDoc, {
    refetchQueries: ['SkillAwardDetail', 'SkillAwards'],
    awaitRefetchQueries: true,
  });
  const award = data?.skillAward;
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/competitions/skill-awards')} className="no-print">
      返回技能奖项
    </Button>
  );
  if (!award) {
    return (
      <RecordFallback
        heading="技能奖项"
        back={back}
        loading={loading}
        error={error}
        notFound="未找到该奖项登记"
        testId="skill-award-not-found"
      />
    );
  }
  // Finance words every grant of the award's fact with its document number.
  const named = (e: { description: string }) => e.description.includes(award.documentNo);
  const grants = [
    ...award.winners.flatMap((w) => (w.entitlements ?? []).filter(named)),
    ...(award.unit?.entitlements ?? []).filter(named),
  ].filter((g, i, all) => all.findIndex((x) => x.id === g.id) === i);
  const result = award.competitionResult;
  return (
    <>
      <PageTitle
        title={`${winnerText(award)} · ${label(skillAwardLabels, award.award)}`}
        extra={
          <Space wrap>
            {award.canRevoke && (
              <RevokeAwardAction
                what={`${winnerText(award)} ${label(skillAwardLabels, award.award)}`}
                testId="skill-award"
                revoke={(reason) => revoke({ variables: { input: { id: award.id, reason } } })}
              />
            )}
            {back}
          </Space>
        }
      >
        <span data-testid="skill-award-name">
          {winnerText(award)} · {label(skillAwardLabels, award.award)}
        </span>{' '}
        <span style={{ verticalAlign: 'middle' }}>
          <AwardStatusTag status={award.status} />
        </span>
      </PageTitle>
      <QueryError error={error} />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'award', label: '奖项', children: label(skillAwardLabels, award.award) },
            {
              key: 'winner',
              label: label(awardWinnerKindLabels, award.winnerKind),
              children: (
                <Space wrap>
                  {award.teamName && <span>{award.teamName}：</span>}
                  {award.winners.map((w) => (
                    <PersonLink key={w.id} person={w} />
                  ))}
                </Space>
              ),
            },
            { key: 'route', label: '全职引进或培养', children: label(talentRouteLabels, award.route) },
            { key: 'unit', label: '引才或培养单位', children: award.unit?.name ?? '—' },
            {
              key: 'role',
              label: '作用发挥比例',
              children: award.rolePercent != null ? `${award.rolePercent}%` : '—',
            },
            { key: 'doc', label: '获奖文件文号', children: award.documentNo },
            { key: 'date', label: '获奖日期', children: award.awardedOn },
            { key: 'achievement', label: '同一成就编号', children: award.achievementId ?? '—' },
            {
              key: 'result',
              label: '所依据的竞赛成绩',
              children: result ? (
                <Link to={`/competitions/${encodeURIComponent(result.competition.id)}`}>
                  {result.competition.name}（{result.rank ? `第${result.rank}名 ` : ''}
                  {label(medalLabels, result.medal)}）
                </Link>
              ) : (
                '—'
              ),
            },
            { key: 'by', label: '登记人账号', children: award.recordedBy },
            ...(award.revokeReason ? [{ key: 'reason', label: '撤销理由', children: award.revokeReason }] : []),
          ]}
        />
      </Card>
      {!award.canRevoke && award.status === 'ACTIVE' && (
        <Typography.Paragraph type="secondary" className="no-print" data-testid="skill-award-read-only">
          技能奖项由市人力资源社会保障局登记（三(九)）；本账号只查看。
        </Typography.Paragraph>
      )}
      <HistoryCard
        lines={award.history}
        testId="skill-award-history"
        action={(h) => label(awardActionLabels, h.action)}
      />
      <AwardGrants
        grants={grants}
        testId="skill-award-grants"
        pending="暂无核定结果（登记后由资金核定服务按政策核定个人（团队）和单位的奖励）"
      />
    </>
  );
}
