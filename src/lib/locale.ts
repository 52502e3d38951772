/** The one place the dashboard's number and date locale is set: Indonesian readers. */
export const LOCALE = 'id-ID';
export const CURRENCY = 'IDR';
export const COUNTRY_CALLING_CODE = '62';
