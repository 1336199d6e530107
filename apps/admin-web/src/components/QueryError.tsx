import { Alert } from 'antd';
import { errorMessage } from '../apollo/errors';

/** The message the API gave (already Chinese), shown above whatever partial data arrived. */
export function QueryError({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <Alert type="error" showIcon title={errorMessage(error)} data-testid="query-error" style={{ marginBottom: 16 }} />
  );
}
