import * as Popover from '@radix-ui/react-popover';
import { BellRing } from 'lucide-react';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { say, type Words } from '@/lib/staff-language';
import { alertPrefs } from './alert-prefs';
import { alertWords } from './alert-words';
import { beep } from './beep';
import { useOrderAlerts } from './use-order-alerts';

/** Asks for permission only now, when the user turns notifications on; null when granted, else why not. */
async function allowNotifications(): Promise<Words | null> {
  if (typeof Notification === 'undefined') return alertWords.unsupported;
  const permission =
    Notification.permission === 'default' ? await Notification.requestPermission() : Notification.permission;
  return permission === 'granted' ? null : alertWords.denied;
}

/** The header's alerts: runs the new-order and payment alerts, and lets staff add a sound or a notification. */
export function AlertsMenu() {
  useOrderAlerts();
  const prefs = alertPrefs.use();
  const [problem, setProblem] = useState<Words | null>(null);
  const toggleNotify = async (on: boolean) => {
    const why = on ? await allowNotifications() : null;
    setProblem(why);
    alertPrefs.set({ ...alertPrefs.get(), notify: on && why === null });
  };
  return (
    <Popover.Root>
      <Popover.Trigger asChild>
        <Button size="icon" variant="ghost" aria-label={say(alertWords.menu)} title={say(alertWords.menu)}>
          <BellRing aria-hidden className="size-4" />
        </Button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align="end"
          sideOffset={6}
          className="z-50 flex w-72 flex-col gap-2 rounded-lg border border-border bg-surface p-3 text-sm text-fg shadow-lg"
        >
          <p className="text-fg-muted">{say(alertWords.help)}</p>
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={prefs.sound}
              onChange={(e) => {
                alertPrefs.set({ ...alertPrefs.get(), sound: e.target.checked });
                if (e.target.checked) beep();
              }}
            />
            {say(alertWords.sound)}
          </label>
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={prefs.notify}
              onChange={(e) => void toggleNotify(e.target.checked)}
            />
            {say(alertWords.notify)}
          </label>
          {problem && (
            <p role="alert" className="text-warning">
              {say(problem)}
            </p>
          )}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
