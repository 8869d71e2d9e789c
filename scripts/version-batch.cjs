// @ts-check
// Page-cache versions of many users in one round trip: under load dozens of views arrive
// between two answers of the database, and each would otherwise queue with its own query
// for one of the few connections of the version pool.
//
// A view's version must be read after the view arrived (so that it sees every write
// committed before it): a view joins only a batch whose query has not been sent yet, never
// one in flight.

/**
 * @template V
 * @param {(ids: string[]) => Promise<Map<string, V>>} query  the versions of `ids` (an id missing from the map: null)
 * @param {number} maxInFlight  queries at once (the pool's size); meanwhile later views gather in the next batch
 * @returns {(id: string) => Promise<V | null>}
 */
function createVersionBatcher(query, maxInFlight) {
  /** @typedef {{ promise: Promise<V | null>, resolve: (v: V | null) => void, reject: (e: unknown) => void }} Pending */
  /** @type {Map<string, Pending> | null} */
  let waiting = null;
  let inFlight = 0;

  function flush() {
    if (!waiting || inFlight >= maxInFlight) return;
    const batch = waiting;
    waiting = null;
    inFlight++;
    // Through a promise even when `query` throws at once: the count in flight must come down.
    Promise.resolve()
      .then(() => query([...batch.keys()]))
      .then(
        (versions) => batch.forEach((p, id) => p.resolve(versions.get(id) ?? null)),
        (error) => batch.forEach((p) => p.reject(error)),
      )
      .finally(() => {
        inFlight--;
        flush();
      });
  }

  return (id) => {
    if (!waiting) {
      waiting = new Map();
      // The views parsed in this turn of the event loop join before the query goes.
      setImmediate(flush);
    }
    let pending = waiting.get(id);
    if (!pending) {
      /** @type {Partial<Pending>} */
      const p = {};
      p.promise = new Promise((resolve, reject) => Object.assign(p, { resolve, reject }));
      pending = /** @type {Pending} */ (p);
      waiting.set(id, pending);
    }
    return pending.promise;
  };
}

module.exports = { createVersionBatcher };
