/**
 * The signed-in token, kept in this tab's sessionStorage only: never in the URL, never in
 * localStorage, gone when the tab closes.
 */
const KEY = 'ledger-dashboard-token';

export const storedToken = (): string | null => {
  try {
    return window.sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
};

export const keepToken = (token: string) => window.sessionStorage.setItem(KEY, token);

export const forgetToken = () => window.sessionStorage.removeItem(KEY);
