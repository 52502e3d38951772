import { COUNTRY_CALLING_CODE } from './locale';

// Dependency-free on purpose: the table formats a phone in every row and must not pull libphonenumber into the
// first load. `phone-checked.ts` adds libphonenumber's validation where a number becomes a link.

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

/** Indonesian mobiles are read in groups of 3-4-rest (`812-3456-7890`). */
export function groupIndonesianMobile(national: string): string {
  return [national.slice(0, 3), national.slice(3, 7), national.slice(7)].filter(Boolean).join('-');
}

export function phoneFromDigits(digits: string, display: string): PhoneNumber {
  return { display, digits, telHref: `tel:+${digits}`, whatsappHref: `https://wa.me/${digits}` };
}

/**
 * Reads a number as the API sends it (`6281234567890`, no `+`) or as people type it (`0812-3456-7890`,
 * `+62 812 3456 7890`); null when it has too few or too many digits to be a phone number.
 */
export function parsePhone(raw: string | null | undefined): PhoneNumber | null {
  if (!raw || /[a-z]/i.test(raw)) return null;
  const digits = phoneDigits(raw.trim());
  if (digits.length < 8 || digits.length > 15) return null;
  const national = digits.startsWith(COUNTRY_CALLING_CODE) ? digits.slice(COUNTRY_CALLING_CODE.length) : null;
  const display =
    national === null
      ? `+${digits}`
      : `+${COUNTRY_CALLING_CODE} ${national.startsWith('8') ? groupIndonesianMobile(national) : national}`;
  return phoneFromDigits(digits, display);
}
