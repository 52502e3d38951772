import { safeHttpUrl } from './safe-url';

const PLACEHOLDER = '{conversation_id}';

/**
 * The link to a conversation from a template like `https://app.cekat.ai/inbox/{conversation_id}`; null when the
 * template is unset, has no placeholder, or is not http(s), so no link is made rather than a wrong one.
 */
export function conversationUrl(template: string | undefined, conversationId: string | null): string | null {
  if (!template || !conversationId || !template.includes(PLACEHOLDER)) return null;
  return safeHttpUrl(template.replaceAll(PLACEHOLDER, encodeURIComponent(conversationId)));
}

/** The build-time setting (see README.md beside this file). */
export const CONVERSATION_URL_TEMPLATE: string | undefined = import.meta.env
  .VITE_CEKAT_CONVERSATION_URL_TEMPLATE;
