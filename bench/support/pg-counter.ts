// A TCP relay in front of PostgreSQL that counts the queries passing through it: each simple
// Query message and each Sync of the extended protocol is one round trip. For benchmarks that
// need the round trips of a server they do not run in-process.
import net from 'node:net';

export interface QueryCounter {
  /** The database URL that goes through the relay. */
  url: string;
  /** Round trips so far. */
  count(): number;
  close(): Promise<void>;
}

export async function countQueries(databaseUrl: string): Promise<QueryCounter> {
  const target = new URL(databaseUrl);
  let count = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    sockets.add(client).add(upstream);
    let buffered = Buffer.alloc(0);
    let started = false;
    client.on('data', (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      // The startup message has no type byte; every later message is type + int32 length.
      for (;;) {
        if (!started) {
          if (buffered.length < 4) break;
          const len = buffered.readInt32BE(0);
          if (buffered.length < len) break;
          buffered = buffered.subarray(len);
          started = true;
          continue;
        }
        if (buffered.length < 5) break;
        const len = buffered.readInt32BE(1);
        if (buffered.length < 1 + len) break;
        const type = String.fromCharCode(buffered[0]!);
        if (type === 'Q' || type === 'S') count++;
        buffered = buffered.subarray(1 + len);
      }
      upstream.write(chunk);
    });
    upstream.pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const relayed = new URL(databaseUrl);
  relayed.hostname = '127.0.0.1';
  relayed.port = String((server.address() as net.AddressInfo).port);
  return {
    url: relayed.toString(),
    count: () => count,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
