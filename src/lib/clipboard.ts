/** Copies text; resolves false when neither the Clipboard API nor the legacy fallback could do it. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission refused or not focused: the legacy path below may still work.
  }
  return legacyCopy(text);
}

// Plain-http deployments (an intranet IP, say) have no Clipboard API; execCommand still works there.
function legacyCopy(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  const previous = document.activeElement as HTMLElement | null;
  // Next to the focused element, so a dialog's focus trap does not pull focus back before the copy.
  (previous?.parentElement ?? document.body).appendChild(area);
  area.select();
  let ok: boolean;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  previous?.focus();
  return ok;
}
