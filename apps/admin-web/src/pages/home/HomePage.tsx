import { Badge, Button, Card, Col, Descriptions, Empty, List, Row, Space, Typography } from 'antd';
import { ReloadOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { citeClause, type Clause } from '@jining/rules/vocabulary';
import type { WorkItem } from '@jining/rules/vocabulary/work';
import { Link } from 'react-router';
import { useAuth } from '../../auth/AuthContext';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { departmentLabels, label } from '../../labels';
import { menuEntry } from '../../layout/menu';
import { MyWorkQueryDoc } from './documents';
import { shortcutsFor, WORK_LINKS } from './workLinks';

/**
 * 工作台, every account's home: who it is (department, county or the whole city), the work waiting for it — each kind
 * its department does, counted by the subgraph that holds the records (a county's own county's; never a step it may
 * not take, such as approving what it reviewed) and linked to the list where it is done — and its usual pages.
 * Counted afresh on every visit: someone else's step elsewhere changes them.
 */
export function HomePage() {
  const { account } = useAuth();
  const { data, loading, error, refetch } = useQuery(MyWorkQueryDoc, {
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  const work = data
    ? [...data.trainingWork, ...data.competitionsWork, ...data.awardsWork, ...data.financeWork].filter(Boolean)
    : [];
  const waiting = work.reduce((n, w) => n + w.count, 0);
  const county = account?.countyCode
    ? (data?.counties.find((c) => c.code === account.countyCode)?.name ?? account.countyCode)
    : '全市';
  const shortcuts = shortcutsFor(account?.department ?? '')
    .map(menuEntry)
    .filter((e) => e !== undefined);

  return (
    <>
      <PageTitle
        extra={
          <Button icon={<ReloadOutlined />} onClick={() => void refetch()} data-testid="home-refresh">
            刷新
          </Button>
        }
      >
        工作台
      </PageTitle>
      <Card size="small" style={{ marginBottom: 16 }} data-testid="home-account">
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label="账号">{account?.displayName}</Descriptions.Item>
          <Descriptions.Item label="部门">{label(departmentLabels, account?.department)}</Descriptions.Item>
          <Descriptions.Item label="办理范围">
            <span data-testid="home-scope">{county}</span>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Row gutter={16}>
        <Col xs={24} lg={16}>
          <Card
            title={
              <Space>
                待办事项
                {data && <Badge count={waiting} showZero overflowCount={9999} data-testid="home-waiting" />}
              </Space>
            }
            data-testid="home-work"
            loading={loading && !data}
          >
            <QueryError error={error} />
            {data && work.length === 0 ? (
              <Empty description="本账号所在部门没有需要在平台上逐件办理的事项" data-testid="home-no-work" />
            ) : (
              <List
                dataSource={work}
                rowKey="item"
                renderItem={(w) => (
                  <List.Item
                    data-testid={`work-${w.item}`}
                    actions={[
                      <Link
                        key="go"
                        to={WORK_LINKS[w.item as WorkItem] ?? '/'}
                        aria-label={`办理：${w.label}`}
                        data-testid={`work-link-${w.item}`}
                      >
                        去办理 <RightOutlined />
                      </Link>,
                    ]}
                  >
                    <List.Item.Meta
                      title={w.label}
                      description={w.clause ? citeClause(w.clause as Clause) : undefined}
                    />
                    <Typography.Text
                      strong={w.count > 0}
                      type={w.count > 0 ? undefined : 'secondary'}
                      data-testid={`work-count-${w.item}`}
                    >
                      {w.count} 件
                    </Typography.Text>
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card title="常用功能" data-testid="home-shortcuts">
            <Space direction="vertical">
              {shortcuts.map((s) => (
                <Link key={s.key} to={s.key} data-testid={`shortcut-${s.key}`}>
                  <Space>
                    {s.icon}
                    {s.text}
                  </Space>
                </Link>
              ))}
            </Space>
          </Card>
        </Col>
      </Row>
    </>
  );
}
