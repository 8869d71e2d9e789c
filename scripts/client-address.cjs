// @ts-check
// The real client address of a request. X-Forwarded-For is believed only when the peer that
// sent it is a configured trusted proxy (TRUSTED_PROXIES): otherwise anyone could name any
// address, dodge the login limit by rotating it, or lock a victim out under theirs.

/** The header the server sets for the app; a client's own value of it is always replaced. */
const CLIENT_ADDRESS_HEADER = 'x-nastavnik-client-address';

/** @param {string | undefined} address */
function normalize(address) {
  const a = (address ?? '').trim().toLowerCase();
  return a.startsWith('::ffff:') && a.includes('.') ? a.slice(7) : a;
}

/** @param {string | undefined} setting comma-separated addresses; `loopback` stands for 127.0.0.1 and ::1 */
function parseTrustedProxies(setting) {
  const set = new Set();
  for (const part of (setting ?? '').split(',')) {
    const p = normalize(part);
    if (p === 'loopback') {
      set.add('127.0.0.1');
      set.add('::1');
    } else if (p) set.add(p);
  }
  return set;
}

/**
 * @param {string | undefined} remoteAddress the TCP peer
 * @param {string | string[] | undefined} forwardedFor the X-Forwarded-For header(s)
 * @param {Set<string>} trusted
 */
function clientAddress(remoteAddress, forwardedFor, trusted) {
  let client = normalize(remoteAddress) || 'unknown';
  if (!trusted.has(client) || !forwardedFor) return client;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor).split(',').map(normalize).filter(Boolean);
  // From the nearest hop outwards: each trusted proxy vouches for the one before it.
  while (hops.length > 0 && trusted.has(client)) client = /** @type {string} */ (hops.pop());
  return client;
}

module.exports = { CLIENT_ADDRESS_HEADER, clientAddress, parseTrustedProxies };
