/** Sign in with an API key or a JSON Web Token; it is kept in this tab's session only. */
import { useState, type FormEvent } from 'react';

export const SignIn = (props: {
  checking: boolean;
  message: string | undefined;
  onSubmit: (token: string) => void;
}) => {
  const [token, setToken] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const given = token.trim().replace(/^Bearer\s+/i, '');
    if (given) props.onSubmit(given);
  };
  return (
    <main id="main" className="sign-in">
      <h1>Change-programme ledger</h1>
      <p>
        Sign in to see where a programme stands, its journey, how its blueprint evolved and its run charts.
      </p>
      <form onSubmit={submit} aria-describedby="sign-in-help">
        <label htmlFor="token">API key or token</label>
        <input
          id="token"
          name="token"
          type="password"
          autoComplete="off"
          spellCheck={false}
          required
          value={token}
          onChange={(event) => setToken(event.target.value)}
        />
        <p id="sign-in-help" className="hint">
          An API key (<code>ledger_…</code>) issued to you, or a JSON Web Token. It stays in this browser tab
          only and is forgotten when you sign out or close the tab.
        </p>
        <button type="submit" disabled={props.checking}>
          {props.checking ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      {props.message && (
        <p role="alert" className="error">
          {props.message}
        </p>
      )}
    </main>
  );
};
