import { useEffect, useState, type FormEvent } from 'react';
import { listDevAccounts, login, LoginError, type DevAccount, type Session } from './session';

export function LoginForm({ onSignedIn, notice }: { onSignedIn: (session: Session) => void; notice: string | null }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [accounts, setAccounts] = useState<DevAccount[]>([]);

  useEffect(() => {
    void listDevAccounts().then(setAccounts);
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await login(username.trim(), password));
    } catch (caught) {
      setError(caught instanceof LoginError ? caught.message : '登录失败');
      setBusy(false);
    }
  }

  return (
    <main className="login">
      <form className="login-card" onSubmit={submit} aria-labelledby="login-title">
        <h1 id="login-title">GraphQL 开发工具</h1>
        <p className="login-hint">济宁市高技能人才政策管理平台 · 仅开发模式。查询以登录账号的权限执行。</p>
        {notice && <p className="login-notice">{notice}</p>}
        <label>
          用户名
          <input
            data-testid="login-username"
            name="username"
            autoComplete="username"
            list="dev-accounts"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            required
          />
        </label>
        <datalist id="dev-accounts">
          {accounts.map((a) => (
            <option key={a.username} value={a.username}>
              {a.displayName}
            </option>
          ))}
        </datalist>
        <label>
          密码
          <input
            data-testid="login-password"
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        </label>
        {error && (
          <p className="login-error" role="alert" data-testid="login-error">
            {error}
          </p>
        )}
        <button type="submit" data-testid="login-submit" disabled={busy}>
          {busy ? '登录中 …' : '登录'}
        </button>
      </form>
    </main>
  );
}
