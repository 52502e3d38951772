import { describe, expect, it } from 'vitest';
import { conversationUrl } from './conversation-url';

describe('conversationUrl', () => {
  it('fills the id into the template', () => {
    expect(conversationUrl('https://app.cekat.ai/inbox/{conversation_id}', '5c1d')).toBe(
      'https://app.cekat.ai/inbox/5c1d',
    );
  });

  it('encodes the id so it cannot change the path or add a query', () => {
    expect(conversationUrl('https://x.test/c/{conversation_id}', 'a/../b?c=1')).toBe(
      'https://x.test/c/a%2F..%2Fb%3Fc%3D1',
    );
  });

  it('makes no link when the template is unset, lacks the placeholder or is not http(s)', () => {
    expect(conversationUrl(undefined, '5c1d')).toBeNull();
    expect(conversationUrl('', '5c1d')).toBeNull();
    expect(conversationUrl('https://app.cekat.ai/inbox', '5c1d')).toBeNull();
    expect(conversationUrl('javascript:alert("{conversation_id}")', '5c1d')).toBeNull();
  });

  it('makes no link without a conversation id', () => {
    expect(conversationUrl('https://app.cekat.ai/inbox/{conversation_id}', null)).toBeNull();
  });
});
