import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { COUNTRY_CALLING_CODE } from './locale';
import { groupIndonesianMobile, phoneFromDigits, type PhoneNumber } from './phone';

/**
 * Like `parsePhone`, but checked against libphonenumber's numbering plans (min metadata, ~30 kB gzip, so only
 * lazily loaded code should import it): null unless the number is possible, so no call or WhatsApp link is
 * made of junk; foreign numbers get their own country's grouping.
 */
export function parsePhoneChecked(raw: string | null | undefined): PhoneNumber | null {
  if (!raw) return null;
  const trimmed = raw.trim();
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length < 6 || digits.length > 15 || /[a-z]/i.test(trimmed)) return null;
  // The API omits the `+`, so a number not starting with the trunk 0 is read as international.
  const candidate = trimmed.startsWith('+') || !digits.startsWith('0') ? `+${digits}` : digits;
  const parsed = parsePhoneNumberFromString(candidate, 'ID');
  if (!parsed || !parsed.isPossible()) return null;
  const national = String(parsed.nationalNumber);
  const display =
    parsed.countryCallingCode === COUNTRY_CALLING_CODE && national.startsWith('8')
      ? `+${COUNTRY_CALLING_CODE} ${groupIndonesianMobile(national)}`
      : parsed.formatInternational();
  return phoneFromDigits(parsed.number.slice(1), display);
}
