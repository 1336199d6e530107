import { Space, Tooltip, Typography } from 'antd';
import { WarningOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { formatDateTime } from '../../format/dateTime';
import { FactFeedStatusQueryDoc } from './documents';

/** The domains finance reads facts from, as staff call them (the feed's source is the subgraph's name). */
const SOURCE_LABELS: Record<string, string> = {
  evaluation: '技能评价',
  competitions: '技能竞赛',
  awards: '评选表彰',
  training: '技能培训',
  directory: '人员单位',
};

/** Refreshed while the page is open: the lag is how far the amounts on the page may be behind the domains' records. */
const POLL_MS = 15_000;

/**
 * 事实订阅: for each domain, how many of its facts finance has processed and how many wait (积压). Small, beside the
 * page's title: staff need to know the list may be behind, not the details of the feed.
 */
export function FactFeedStatus() {
  const { data, error } = useQuery(FactFeedStatusQueryDoc, { pollInterval: POLL_MS, errorPolicy: 'all' });
  if (error && !data) {
    return (
      <Typography.Text type="secondary" data-testid="fact-feed-status">
        事实订阅：状态暂不可用
      </Typography.Text>
    );
  }
  const feeds = data?.factFeedStatus ?? [];
  if (feeds.length === 0) return null;
  return (
    <Space size="middle" data-testid="fact-feed-status">
      {feeds.map((feed) => (
        <Tooltip key={feed.source} title={`最近读取：${formatDateTime(feed.lastPolledAt)}`}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid={`fact-feed-${feed.source}`}>
            事实订阅：{SOURCE_LABELS[feed.source] ?? feed.source} 已处理 {feed.position} / 积压{' '}
            <Typography.Text type={feed.lag > 0 ? 'warning' : 'secondary'} style={{ fontSize: 12 }}>
              {feed.lag}
            </Typography.Text>
            {feed.lastError && (
              <Typography.Text type="danger" style={{ fontSize: 12 }} title={feed.lastError}>
                {' '}
                <WarningOutlined /> 读取失败
              </Typography.Text>
            )}
          </Typography.Text>
        </Tooltip>
      ))}
    </Space>
  );
}
