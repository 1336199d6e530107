import { useEffect, type ReactNode } from 'react';
import { Typography } from 'antd';

const PRODUCT = '济宁市高技能人才政策管理平台';

/** The page's heading, and the browser tab's title (`heading · product`, or `title` when the heading is not text). */
export function PageTitle({ children, extra, title }: { children: ReactNode; extra?: ReactNode; title?: string }) {
  const text = title ?? (typeof children === 'string' ? children : undefined);
  useEffect(() => {
    document.title = text ? `${text} · ${PRODUCT}` : PRODUCT;
  }, [text]);
  return (
    <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 16 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {children}
      </Typography.Title>
      {extra}
    </div>
  );
}
