import type { Lang } from '@/i18n/i18n';

/** The follow-ups staff send over WhatsApp, one template each (default templates per language are data). */
export const FOLLOW_UP_KINDS = ['payment_reminder', 'shipped', 'thank_you'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

/** What a template may name: `{name}`, `{order_number}`, `{grand_total}`, `{invoice_url}`, `{status}`. */
export const PLACEHOLDERS = ['name', 'order_number', 'grand_total', 'invoice_url', 'status'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type TemplateValues = Record<Placeholder, string | null>;

export type Templates = Record<FollowUpKind, string>;

export const DEFAULT_TEMPLATES: Record<Lang, Templates> = {
  id: {
    payment_reminder:
      'Halo {name}, terima kasih sudah berbelanja. Pembayaran pesanan #{order_number} sebesar {grand_total} belum kami terima.\nSilakan bayar lewat tautan ini: {invoice_url}\nTerima kasih!',
    shipped: 'Halo {name}, pesanan #{order_number} sudah kami kirim. Terima kasih sudah menunggu!',
    thank_you:
      'Halo {name}, terima kasih sudah berbelanja! Pesanan #{order_number} ({grand_total}) sudah kami terima. Ditunggu pesanan berikutnya 🙏',
  },
  en: {
    payment_reminder:
      'Hi {name}, thank you for your order. We have not yet received the payment for order #{order_number} ({grand_total}).\nYou can pay here: {invoice_url}\nThank you!',
    shipped: 'Hi {name}, your order #{order_number} is on its way. Thank you for waiting!',
    thank_you:
      'Hi {name}, thank you for shopping with us! We have received order #{order_number} ({grand_total}). We hope to see you again 🙏',
  },
};

export type FilledTemplate = {
  text: string;
  /** Placeholders that had no value: the lines naming them were left out. */
  missing: Placeholder[];
};

const isPlaceholder = (name: string): name is Placeholder =>
  (PLACEHOLDERS as readonly string[]).includes(name);

/**
 * Fills a template in one pass (a value that itself looks like `{name}` is never filled again); a line naming a
 * placeholder without a value is left out rather than sent half-empty; unknown `{words}` stay as typed.
 */
export function fillTemplate(template: string, values: TemplateValues): FilledTemplate {
  const missing = new Set<Placeholder>();
  const lines: string[] = [];
  for (const line of template.split('\n')) {
    let complete = true;
    const filled = line.replace(/\{([a-z_]+)\}/g, (whole, name: string) => {
      if (!isPlaceholder(name)) return whole;
      const value = values[name];
      if (value === null || value.trim() === '') {
        missing.add(name);
        complete = false;
        return '';
      }
      return value;
    });
    if (complete) lines.push(filled);
  }
  return { text: lines.join('\n').trim(), missing: [...missing] };
}

// encodeURIComponent throws on a lone surrogate (a name cut mid-emoji): such halves become U+FFFD first.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `https://wa.me/<digits>?text=…`: WhatsApp opens a chat with the message typed in; nothing is sent by us. */
export function whatsappLink(digits: string, text: string): string {
  const message = encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD'));
  return `https://wa.me/${digits.replace(/\D/g, '')}?text=${message}`;
}
