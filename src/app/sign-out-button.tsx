import { t } from '@/i18n/i18n';
import { LogOut } from 'lucide-react';

/** Set by the production server (`npm start`) when staff sign-in guards the page; absent in dev and preview. */
function signOutAction(): string | null {
  const action = document.querySelector('meta[name="cekat-sign-out"]')?.getAttribute('content') ?? null;
  return action && action.startsWith('/') && !action.startsWith('//') ? action : null;
}

const action = typeof document === 'undefined' ? null : signOutAction();

/** A plain form post, so signing out works without script-side cookie access (the cookie is HttpOnly). */
export function SignOutButton() {
  if (!action) return null;
  return (
    <form method="post" action={action}>
      <button
        type="submit"
        className="inline-flex h-8 items-center gap-1.5 rounded-md px-2.5 text-sm text-fg hover:bg-surface-3 focus-visible:outline-2 focus-visible:outline-accent"
      >
        <LogOut aria-hidden className="size-4" />
        <span className="max-sm:sr-only">{t('app.sign_out')}</span>
      </button>
    </form>
  );
}
