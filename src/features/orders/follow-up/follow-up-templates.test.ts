import { i18n } from '@/i18n/i18n';
import { messages as en } from '@/i18n/locales/en.po';
import { messages as id } from '@/i18n/locales/id.po';
import { makeOrder } from '../model/fixtures';
import { readTemplates } from './follow-up-store';
import { DEFAULT_TEMPLATES, fillTemplate, whatsappLink, type TemplateValues } from './follow-up-templates';
import { followUpValues, openInvoiceUrl } from './follow-up-values';

const values = (patch: Partial<TemplateValues> = {}): TemplateValues => ({
  name: 'Budi',
  order_number: '2292',
  grand_total: 'Rp 273.500',
  invoice_url: 'https://checkout.xendit.co/web/abc',
  status: 'Pending',
  ...patch,
});

const textOf = (href: string) => new URL(href).searchParams.get('text');

describe('follow-up templates', () => {
  it('fills every placeholder', () => {
    const { text, missing } = fillTemplate(DEFAULT_TEMPLATES.en.payment_reminder, values());
    expect(text).toContain('Hi Budi,');
    expect(text).toContain('order #2292 (Rp 273.500)');
    expect(text).toContain('You can pay here: https://checkout.xendit.co/web/abc');
    expect(missing).toEqual([]);
  });

  it('leaves out the lines whose values are missing, and says which', () => {
    const { text, missing } = fillTemplate(
      DEFAULT_TEMPLATES.id.payment_reminder,
      values({ invoice_url: null }),
    );
    expect(text).not.toContain('tautan');
    expect(text).not.toContain('{invoice_url}');
    expect(text).toContain('Pembayaran pesanan #2292 sebesar Rp 273.500');
    expect(missing).toEqual(['invoice_url']);
    expect(fillTemplate('Hi {name}\n{grand_total}', values({ grand_total: '  ' })).text).toBe('Hi Budi');
  });

  it('keeps unknown words in braces as typed and never fills a value twice', () => {
    expect(fillTemplate('{nmae} {name}', values({ name: '{invoice_url}' })).text).toBe(
      '{nmae} {invoice_url}',
    );
  });

  it('carries names with emoji and HTML as plain text, and keeps the link whole', () => {
    const name = 'Siti 🌸 <img src=x onerror=alert(1)> & "Co" #1?x=1';
    const { text } = fillTemplate(DEFAULT_TEMPLATES.en.thank_you, values({ name }));
    const href = whatsappLink('6281234567890', text);
    const url = new URL(href);
    expect(url.origin + url.pathname).toBe('https://wa.me/6281234567890');
    expect([...url.searchParams.keys()]).toEqual(['text']);
    expect(textOf(href)).toBe(text);
    expect(textOf(href)).toContain(name);
    expect(href).not.toMatch(/[<>"\s]/);
  });

  it('survives a name cut in the middle of an emoji', () => {
    const href = whatsappLink('62812', `Hi ${'🌸'.slice(0, 1)}!`);
    expect(textOf(href)).toBe('Hi \uFFFD!');
  });
});

describe('follow-up values from an order', () => {
  it('reads the name, number, amount and the unpaid invoice link', () => {
    const order = makeOrder({
      invoices: [
        { status: 'EXPIRED', invoice_url: 'https://pay.example/old' },
        { status: 'PENDING', invoice_url: 'https://pay.example/open' },
        { status: 'PENDING', invoice_url: 'javascript:alert(1)' },
      ],
    });
    expect(followUpValues(order)).toMatchObject({
      name: 'Zoë Siregar',
      order_number: '2292',
      invoice_url: 'https://pay.example/open',
    });
    expect(followUpValues(order).grand_total).toMatch(/^Rp\s273\.500$/);
  });

  it('greets an unnamed customer politely and has no link without an open invoice', () => {
    const order = makeOrder({
      contact: null,
      invoices: [{ status: 'PAID', invoice_url: 'https://pay.example/x' }],
    });
    expect(followUpValues(order).name).toBe('there');
    i18n.loadAndActivate({ locale: 'id', messages: id });
    try {
      expect(followUpValues(order).name).toBe('Kak');
    } finally {
      i18n.loadAndActivate({ locale: 'en', messages: en });
    }
    expect(openInvoiceUrl(order)).toBeNull();
    expect(openInvoiceUrl(makeOrder({ invoices: null }))).toBeNull();
  });

  it('reads stored templates, keeping defaults for anything unusable', () => {
    const stored = readTemplates({ en: { shipped: 'Sent {order_number}', thank_you: 42 } });
    expect(stored.en.shipped).toBe('Sent {order_number}');
    expect(stored.en.thank_you).toBe(DEFAULT_TEMPLATES.en.thank_you);
    expect(stored.id).toEqual(DEFAULT_TEMPLATES.id);
  });
});
