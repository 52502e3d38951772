import { cn } from '@/lib/cn';
import { chooseLang, currentLang, LANGS, t, type Lang } from '@/i18n/i18n';

const NAMES: Record<Lang, string> = { id: 'Bahasa Indonesia', en: 'English' };

/** ID | EN in the header: each language named in itself, so anyone finds their own. */
export function LangSwitch({ className }: { className?: string }) {
  const active = currentLang();
  return (
    <div
      role="group"
      aria-label={t('lang.switch')}
      className={cn('flex rounded-md border border-border p-0.5', className)}
    >
      {LANGS.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          aria-label={NAMES[lang]}
          aria-pressed={lang === active}
          onClick={() => void chooseLang(lang)}
          className="h-7 rounded px-2 text-xs font-medium text-fg-muted uppercase hover:text-fg focus-visible:outline-2 focus-visible:outline-accent aria-pressed:bg-surface-3 aria-pressed:text-fg"
        >
          {lang}
        </button>
      ))}
    </div>
  );
}
