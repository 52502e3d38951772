import { BellRing } from 'lucide-react';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Popover } from '@/components/ui/popover';
import { t } from '@/i18n/i18n';
import { alertPrefs } from './alert-prefs';
import { beep } from './beep';
import { useOrderAlerts } from './use-order-alerts';

type NotifyProblem = 'alerts.unsupported' | 'alerts.denied';

/** Asks for permission only now, when the user turns notifications on; null when granted, else why not. */
async function allowNotifications(): Promise<NotifyProblem | null> {
  if (typeof Notification === 'undefined') return 'alerts.unsupported';
  const permission =
    Notification.permission === 'default' ? await Notification.requestPermission() : Notification.permission;
  return permission === 'granted' ? null : 'alerts.denied';
}

/** The header's alerts: runs the new-order and payment alerts, and lets staff add a sound or a notification. */
export function AlertsMenu() {
  useOrderAlerts();
  const prefs = alertPrefs.use();
  const [problem, setProblem] = useState<NotifyProblem | null>(null);
  const toggleNotify = async (on: boolean) => {
    const why = on ? await allowNotifications() : null;
    setProblem(why);
    alertPrefs.set({ ...alertPrefs.get(), notify: on && why === null });
  };
  return (
    <Popover
      trigger={
        <Button size="icon" variant="ghost" aria-label={t('alerts.menu')} title={t('alerts.menu')}>
          <BellRing aria-hidden className="size-4" />
        </Button>
      }
    >
      <p className="text-fg-muted">{t('alerts.help')}</p>
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          checked={prefs.sound}
          onChange={(e) => {
            alertPrefs.set({ ...alertPrefs.get(), sound: e.target.checked });
            if (e.target.checked) beep();
          }}
        />
        {t('alerts.sound')}
      </label>
      <label className="flex items-center gap-2">
        <input type="checkbox" checked={prefs.notify} onChange={(e) => void toggleNotify(e.target.checked)} />
        {t('alerts.notify')}
      </label>
      {problem && (
        <p role="alert" className="text-warning">
          {t(problem)}
        </p>
      )}
    </Popover>
  );
}
