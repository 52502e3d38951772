import { WORDS, type Language } from './sign-in-words.ts';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// Inline <style> is allowed by the CSP (style-src 'unsafe-inline'); there is no script on these pages at all.
const STYLE = `
:root { color-scheme: light dark; --bg: #f6f7f9; --card: #fff; --fg: #111827; --muted: #4b5563; --border: #d1d5db;
  --accent: #0f766e; --accent-fg: #fff; --danger: #b91c1c; }
@media (prefers-color-scheme: dark) { :root { --bg: #0b0f14; --card: #151b23; --fg: #e5e7eb; --muted: #9ca3af;
  --border: #374151; --accent: #2dd4bf; --accent-fg: #042f2e; --danger: #fca5a5; } }
* { box-sizing: border-box; }
body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: var(--bg); color: var(--fg);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; padding: 16px; }
main { width: 100%; max-width: 360px; background: var(--card); border: 1px solid var(--border); border-radius: 12px;
  padding: 28px 24px; }
h1 { font-size: 1.25rem; margin: 0 0 4px; }
p { margin: 0 0 20px; color: var(--muted); font-size: .9rem; }
label { display: block; font-size: .875rem; font-weight: 600; margin: 14px 0 6px; }
input { width: 100%; font: inherit; padding: 10px 12px; border-radius: 8px; border: 1px solid var(--border);
  background: var(--bg); color: var(--fg); }
button { margin-top: 22px; width: 100%; font: inherit; font-weight: 600; padding: 10px 12px; border: 0;
  border-radius: 8px; background: var(--accent); color: var(--accent-fg); cursor: pointer; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
[role=alert] { color: var(--danger); font-weight: 600; margin: 0 0 8px; }
a { color: var(--accent); }`;

function page(language: Language, title: string, body: string, head = ''): string {
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark"><meta name="robots" content="noindex">${head}
<title>${escapeHtml(title)} · Cekat Orders</title><link rel="icon" href="/favicon.svg"><style>${STYLE}</style></head>
<body><main>${body}</main></body></html>`;
}

export function signInPage(
  language: Language,
  options: { next: string; user?: string; error?: string; notice?: string },
): string {
  const words = WORDS[language];
  const alert = options.error ? `<p role="alert">${escapeHtml(options.error)}</p>` : '';
  const notice = options.notice ? `<p role="status">${escapeHtml(options.notice)}</p>` : '';
  return page(
    language,
    words.signIn,
    `<h1>Cekat Orders</h1><p>${escapeHtml(words.intro)}</p>${notice}${alert}
<form method="post" action="/auth/sign-in">
<input type="hidden" name="next" value="${escapeHtml(options.next)}">
<label for="user">${escapeHtml(words.userName)}</label>
<input id="user" name="user" autocomplete="username" autocapitalize="none" spellcheck="false" required maxlength="64" value="${escapeHtml(options.user ?? '')}"${options.user ? '' : ' autofocus'}>
<label for="password">${escapeHtml(words.password)}</label>
<input id="password" name="password" type="password" autocomplete="current-password" required maxlength="1024"${options.user ? ' autofocus' : ''}>
<button type="submit">${escapeHtml(words.signIn)}</button>
</form>`,
  );
}

export function signOutPage(language: Language, user: string): string {
  const words = WORDS[language];
  return page(
    language,
    words.signOut,
    `<h1>${escapeHtml(words.signOut)}</h1><p>${escapeHtml(words.signedInAs)} ${escapeHtml(user)}.</p>
<form method="post" action="/auth/sign-out"><button type="submit">${escapeHtml(words.signOut)}</button></form>
<form method="post" action="/auth/sign-out"><input type="hidden" name="everywhere" value="1">
<button type="submit">${escapeHtml(words.signOutEverywhere)}</button></form>
<p><a href="/">${escapeHtml(words.backToOrders)}</a></p>`,
  );
}

/**
 * Re-requests `path` from this origin, so a link followed from another site carries the SameSite=Strict
 * cookie. `path` must come from `sameOriginPath`: a raw `//host` here would send the visitor to that host.
 */
export function bouncePage(language: Language, path: string): string {
  const words = WORDS[language];
  const safe = escapeHtml(path);
  return page(
    language,
    words.opening,
    `<h1>${escapeHtml(words.openingDashboard)}</h1><p><a href="${safe}">${escapeHtml(words.continue)}</a></p>`,
    `<meta http-equiv="refresh" content="0;url=${safe}">`,
  );
}
