import type { ReactNode } from 'react';
import { Empty, Skeleton } from 'antd';
import { PageTitle } from './PageTitle';
import { QueryError } from './QueryError';

interface Props {
  heading: string;
  /** The page's way back (a button to its list). */
  back: ReactNode;
  loading: boolean;
  error: unknown;
  /** What to say when the record is not there (or not the account's to see). */
  notFound: string;
  testId: string;
}

/** A record's page before it has its record: a skeleton while it loads, then the error or "not found". */
export function RecordFallback({ heading, back, loading, error, notFound, testId }: Props) {
  return (
    <>
      <PageTitle extra={back}>{heading}</PageTitle>
      {loading ? <Skeleton active /> : <QueryError error={error} />}
      {!loading && !error && <Empty description={notFound} data-testid={testId} />}
    </>
  );
}
