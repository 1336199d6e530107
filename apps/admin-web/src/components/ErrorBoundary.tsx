import { Component, type ReactNode } from 'react';
import { Result } from 'antd';

/** Shows a render error (e.g. a money amount that is not whole fen) in place of the page instead of a blank screen. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (this.state.error) {
      return <Result status="error" title="页面显示出错" subTitle={this.state.error.message} />;
    }
    return this.props.children;
  }
}
