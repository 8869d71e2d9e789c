// Catches queries sent to a pg client while it is still executing another: inside a
// transaction every query goes over its one client, and overlapping them (Promise.all on a
// `tx`) is what pg deprecates and will refuse in pg@9.
import { Client } from 'pg';

interface Busy {
  _queryQueue: unknown[];
  _getActiveQuery(): unknown;
}

export function watchOverlappingQueries() {
  const overlaps: string[] = [];
  const proto = Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: Busy, ...args: unknown[]) {
    if (this._getActiveQuery() || this._queryQueue.length > 0) {
      const first = args[0] as string | { text?: string };
      overlaps.push(typeof first === 'string' ? first : (first?.text ?? '?'));
    }
    return original.apply(this, args);
  };
  return {
    overlaps,
    stop: () => {
      proto.query = original;
    },
  };
}
