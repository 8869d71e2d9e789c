import { describe, expect, it } from 'vitest';
import { clientAddress, parseTrustedProxies } from './client-address.cjs';

describe('clientAddress', () => {
  const none = parseTrustedProxies('');
  const proxy = parseTrustedProxies('10.0.0.2, loopback');

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', () => {
    expect(clientAddress('203.0.113.7', '198.51.100.1', none)).toBe('203.0.113.7');
    expect(clientAddress('::ffff:203.0.113.7', '198.51.100.1', proxy)).toBe('203.0.113.7');
  });

  it('takes the nearest untrusted hop behind trusted proxies, never a client-supplied leftmost entry', () => {
    expect(clientAddress('10.0.0.2', '198.51.100.1', proxy)).toBe('198.51.100.1');
    expect(clientAddress('127.0.0.1', 'forged, 198.51.100.1, 10.0.0.2', proxy)).toBe('198.51.100.1');
    expect(clientAddress('10.0.0.2', undefined, proxy)).toBe('10.0.0.2');
  });
});
