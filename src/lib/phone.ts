import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { COUNTRY_CALLING_CODE } from './locale';

const DEFAULT_COUNTRY = 'ID';

export type PhoneNumber = {
  /** Readable international form: `+62 812-3456-7890` for Indonesian mobiles. */
  display: string;
  /** Country code and number, digits only (`6281234567890`): what `wa.me` and search use. */
  digits: string;
  /** `tel:+6281234567890`. */
  telHref: string;
  /** `https://wa.me/6281234567890`. */
  whatsappHref: string;
};

/** Digits only; a leading local `0` becomes the country code, as staff type numbers either way. */
export function phoneDigits(raw: string): string {
  const digits = raw.replace(/\D/g, '');
  if (digits.startsWith('0')) return `${COUNTRY_CALLING_CODE}${digits.slice(1)}`;
  return digits;
}

// Indonesian mobiles are read in groups of 3-4-rest (`812-3456-7890`); libphonenumber spaces them instead.
function groupMobile(national: string): string {
  return [national.slice(0, 3), national.slice(3, 7), national.slice(7)].filter(Boolean).join('-');
}

/**
 * Parses a number as the API sends it (`6281234567890`, no `+`) or as people type it; null when it is not a
 * plausible phone number, so callers show the raw text and make no links of it.
 */
export function parsePhone(raw: string | null | undefined): PhoneNumber | null {
  if (!raw) return null;
  const trimmed = raw.trim();
  const hasPlus = trimmed.startsWith('+');
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length < 6 || digits.length > 15) return null;
  // The API omits the `+`, so a number starting with a country code is read as international.
  const candidate = hasPlus || !digits.startsWith('0') ? `+${digits}` : digits;
  const parsed = parsePhoneNumberFromString(candidate, DEFAULT_COUNTRY);
  if (!parsed || !parsed.isPossible()) return null;
  const e164Digits = parsed.number.slice(1);
  const national = String(parsed.nationalNumber);
  const display =
    parsed.countryCallingCode === COUNTRY_CALLING_CODE && national.startsWith('8')
      ? `+${COUNTRY_CALLING_CODE} ${groupMobile(national)}`
      : parsed.formatInternational();
  return {
    display,
    digits: e164Digits,
    telHref: `tel:+${e164Digits}`,
    whatsappHref: `https://wa.me/${e164Digits}`,
  };
}
