import { useCallback, useEffect, useState } from 'react';
import { OrganisationLink } from '../../components/OrganisationLink';
import { Button, Card, Descriptions, Empty, Skeleton, Tag } from 'antd';
import { ArrowLeftOutlined, EyeOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useNavigate, useParams } from 'react-router';
import { PageTitle } from '../../components/PageTitle';
import { fieldErrorMessage } from '../../apollo/errors';
import { QueryError } from '../../components/QueryError';
import { maskIdNumber } from '../../format/idNumber';
import { genderLabels, label, skillLevelLabels } from '../../labels';
import { useAuth } from '../../auth/AuthContext';
import { canManageHonours, canRecordCertificates, canRevealIdNumber } from '../../auth/roles';
import { PersonDetailQuery, PersonFinanceQuery } from './personQuery';
import { RecordCertificateDrawer } from './RecordCertificateDrawer';
import { StandingMeasuresSection } from './StandingMeasuresSection';
import { RevealIdNumberModal } from './RevealIdNumberModal';
import { accountKindLabel, PaymentAccountItem } from '../directory/PaymentAccountItem';
import { RevokeCertificateModal, type RevocableCertificate } from './RevokeCertificateModal';
import {
  CertificatesSection,
  EntitlementsSection,
  FactsSection,
  HonoursSection,
  ResultsSection,
  SkillAwardsSection,
  StudiosSection,
} from './sections';

/** After a certificate is recorded: how often, and how long at most, to look for finance's decision on it. */
const FACT_POLL_MS = 1_000;
const FACT_WAIT_MS = 30_000;

/** The fact the page waits for finance to decide: its kind and what it is about (the certificate). */
interface AwaitedFact {
  kind: 'SKILL_CERTIFICATE_RECORDED' | 'SKILL_CERTIFICATE_REVOKED';
  subjectId: string;
}

/**
 * Reads the person's facts and entitlements again every second after a certificate was recorded or revoked, until
 * finance has decided that fact (or half a minute has passed): the page shows the decision without a reload.
 */
function useAwaitFact(personId: string, awaited: AwaitedFact | null, onDone: () => void) {
  const subjectId = awaited?.subjectId ?? null;
  const { data, startPolling, stopPolling } = useQuery(PersonFinanceQuery, {
    variables: { id: personId },
    skip: !subjectId,
    fetchPolicy: 'network-only',
  });
  const decided =
    !!awaited &&
    !!data?.person?.factDecisions?.some((f) => f.subjectId === awaited.subjectId && f.kind === awaited.kind);
  useEffect(() => {
    if (!subjectId) return;
    if (decided) {
      stopPolling();
      onDone();
      return;
    }
    startPolling(FACT_POLL_MS);
    const timer = setTimeout(() => {
      stopPolling();
      onDone();
    }, FACT_WAIT_MS);
    return () => {
      clearTimeout(timer);
      stopPolling();
    };
  }, [subjectId, decided, startPolling, stopPolling, onDone]);
  return !!subjectId && !decided;
}

export function PersonPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { account } = useAuth();
  const [recording, setRecording] = useState(false);
  const [awaiting, setAwaiting] = useState<AwaitedFact | null>(null);
  const [revoking, setRevoking] = useState<RevocableCertificate | null>(null);
  const [revealing, setRevealing] = useState(false);
  const stopAwaiting = useCallback(() => setAwaiting(null), []);
  const deciding = useAwaitFact(id, awaiting, stopAwaiting);
  // errorPolicy 'all': if one subgraph fails, its fields come back null with an error at their path; the others'
  // sections still show, the missing one says so, and the error is above them.
  const { data, loading, error } = useQuery(PersonDetailQuery, { variables: { id }, errorPolicy: 'all' });
  const person = data?.person;
  const missing = (field: string) => fieldErrorMessage(error, ['person', field]);

  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/people')}>
      返回人员列表
    </Button>
  );

  if (loading && !person) {
    return (
      <>
        <PageTitle extra={back}>人员详情</PageTitle>
        <Skeleton active />
      </>
    );
  }

  if (!person) {
    return (
      <>
        <PageTitle extra={back}>人员详情</PageTitle>
        <QueryError error={error} />
        {!error && <Empty description="未找到该人员" data-testid="person-not-found" />}
      </>
    );
  }

  return (
    <>
      <PageTitle extra={back} title={`${person.name} · 人员详情`}>
        <span data-testid="person-name">{person.name}</span>
        {person.highestLevel && (
          <Tag
            color="geekblue"
            style={{ marginInlineStart: 12, verticalAlign: 'middle' }}
            data-testid="person-highest-level"
          >
            {label(skillLevelLabels, person.highestLevel)}
          </Tag>
        )}
      </PageTitle>
      <QueryError error={error} />
      <Card title="基本信息" data-testid="person-basics">
        <Descriptions
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'name', label: '姓名', children: person.name },
            {
              key: 'idNumber',
              label: '身份证号',
              children: (
                <>
                  <span data-testid="person-id-number">{maskIdNumber(person.idNumber)}</span>
                  {canRevealIdNumber(account) && (
                    <Button
                      type="link"
                      size="small"
                      icon={<EyeOutlined />}
                      onClick={() => setRevealing(true)}
                      data-testid="reveal-id-number"
                    >
                      查看完整身份证号
                    </Button>
                  )}
                </>
              ),
            },
            {
              key: 'paymentAccount',
              label: accountKindLabel('person'),
              children: (
                <PaymentAccountItem
                  holder="person"
                  id={person.id}
                  name={person.name}
                  masked={person.socialSecurityCardAccount?.text ?? null}
                />
              ),
            },
            { key: 'gender', label: '性别', children: label(genderLabels, person.gender) },
            { key: 'birthDate', label: '出生日期', children: person.birthDate ?? `${person.birthYear} 年` },
            { key: 'county', label: '县（市、区）', children: person.county.name },
            { key: 'employer', label: '工作单位', children: <OrganisationLink organisation={person.employer} /> },
            {
              key: 'highestLevel',
              label: '最高技能等级',
              children: (
                <>
                  {label(skillLevelLabels, person.highestLevel)}
                  {person.highestLevelTitleEquivalent && (
                    <span data-testid="person-title-equivalent">
                      （比照{person.highestLevelTitleEquivalent.label}职称，
                      {person.highestLevelTitleEquivalent.citation}）
                    </span>
                  )}
                </>
              ),
            },
            ...(person.academicEquivalents?.length
              ? [
                  {
                    key: 'academicEquivalents',
                    label: '毕业班次比照学历',
                    children: (
                      <span data-testid="person-academic-equivalents">
                        {person.academicEquivalents
                          .map((e) => `${e.programmeLabel}（${e.graduatedOn}毕业）比照${e.label}学历`)
                          .join('；')}
                        （{person.academicEquivalents[0]!.citation}）
                      </span>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <CertificatesSection
        rows={person.certificates}
        unavailable={missing('certificates')}
        onRevoke={canRecordCertificates(account) ? setRevoking : undefined}
        extra={
          canRecordCertificates(account) && (
            <Button icon={<PlusOutlined />} onClick={() => setRecording(true)} data-testid="record-certificate">
              登记证书
            </Button>
          )
        }
      />
      {revealing && (
        <RevealIdNumberModal personId={person.id} personName={person.name} onClose={() => setRevealing(false)} />
      )}
      {canRecordCertificates(account) && (
        <RecordCertificateDrawer
          person={person}
          open={recording}
          onClose={() => setRecording(false)}
          onRecorded={(subjectId) => setAwaiting({ kind: 'SKILL_CERTIFICATE_RECORDED', subjectId })}
        />
      )}
      {revoking && (
        <RevokeCertificateModal
          personName={person.name}
          certificate={revoking}
          onClose={() => setRevoking(null)}
          onRevoked={(subjectId) => setAwaiting({ kind: 'SKILL_CERTIFICATE_REVOKED', subjectId })}
        />
      )}
      <StudiosSection rows={person.ledStudios} unavailable={missing('ledStudios')} />
      <ResultsSection rows={person.competitionResults} unavailable={missing('competitionResults')} />
      <SkillAwardsSection rows={person.skillAwards} unavailable={missing('skillAwards')} />
      <HonoursSection rows={person.honours} unavailable={missing('honours')} />
      <StandingMeasuresSection
        personId={person.id}
        rows={person.standingMeasures}
        unavailable={missing('standingMeasures')}
        canRecord={canManageHonours(account)}
      />
      <FactsSection
        rows={person.factDecisions}
        unavailable={missing('factDecisions')}
        certificates={person.certificates}
        entitlements={person.entitlements}
        deciding={deciding}
      />
      <EntitlementsSection rows={person.entitlements} unavailable={missing('entitlements')} />
    </>
  );
}
