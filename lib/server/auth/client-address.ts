// The client address the production server (scripts/server.cjs) resolved from the TCP peer and,
// behind a trusted proxy only, X-Forwarded-For. It replaces any value a client sends.
export const CLIENT_ADDRESS_HEADER = 'x-nastavnik-client-address';

export function clientAddressOf(get: (name: string) => string | null | undefined): string {
  return get(CLIENT_ADDRESS_HEADER)?.trim() || 'local';
}
