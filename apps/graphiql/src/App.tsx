import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { LoginForm } from './LoginForm';
import { clearSession, loadSession, logout, saveSession, type Session } from './session';

// GraphiQL and Monaco are several MB: loaded once someone has signed in, so the sign-in form shows at once.
const Ide = lazy(() => import('./Ide'));

export function App() {
  const [session, setSession] = useState<Session | null>(() => loadSession());
  const [notice, setNotice] = useState<string | null>(null);

  const signIn = useCallback((next: Session) => {
    saveSession(next);
    setNotice(null);
    setSession(next);
  }, []);

  /** `revoke`: the 退出登录 button (the gateway refuses the token from now on); otherwise the token has expired. */
  const end = useCallback((revoke: boolean) => {
    const token = loadSession()?.token;
    clearSession();
    setSession(null);
    if (revoke && token) void logout(token);
    else setNotice('登录已过期，请重新登录');
  }, []);
  const expire = useCallback(() => end(false), [end]);

  // Tokens live 15 minutes by default: back to the sign-in form when this one runs out.
  useEffect(() => {
    if (!session) return;
    const timer = setTimeout(expire, Math.max(0, Date.parse(session.expiresAt) - Date.now()));
    return () => clearTimeout(timer);
  }, [session, expire]);

  if (!session) return <LoginForm onSignedIn={signIn} notice={notice} />;
  return (
    <div className="ide-page">
      <header className="ide-bar">
        <span className="ide-title">济宁市高技能人才政策管理平台 · GraphQL（开发）</span>
        <span data-testid="ide-account">
          {session.account.displayName}（{session.account.username}）
        </span>
        <button type="button" data-testid="ide-logout" onClick={() => end(true)}>
          退出登录
        </button>
      </header>
      <main className="ide-main">
        <Suspense fallback={<p className="ide-loading">正在加载 GraphiQL …</p>}>
          <Ide token={session.token} onUnauthorized={expire} />
        </Suspense>
      </main>
    </div>
  );
}
