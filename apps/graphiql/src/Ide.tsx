import { useMemo } from 'react';
import { GraphiQL } from 'graphiql';
// Monaco's editor, JSON and GraphQL workers, bundled by vite beside the page (no CDN).
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { bearerFetcher } from './fetcher';

const DEFAULT_QUERY = `# 济宁市高技能人才政策管理平台 — GraphQL（开发模式）
# 以当前登录账号的权限执行：Ctrl+Enter 运行，Ctrl+Space 补全，左侧栏查看文档与历史。

{
  people(first: 5) {
    totalCount
    edges {
      node {
        name
        county {
          name
        }
      }
    }
  }
}
`;

export default function Ide({ token, onUnauthorized }: { token: string; onUnauthorized: () => void }) {
  const fetcher = useMemo(() => bearerFetcher(token, onUnauthorized), [token, onUnauthorized]);
  return <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} isHeadersEditorEnabled />;
}
