import { describe, expect, it } from 'vitest';
import { createVersionBatcher } from './version-batch.cjs';

/** A query that records the ids of each call and answers when told to. */
function fakeQuery() {
  const calls: { ids: string[]; answer: (m: Map<string, string>) => void; fail: (e: Error) => void }[] = [];
  const query = (ids: string[]) => new Promise<Map<string, string>>((answer, fail) => calls.push({ ids, answer, fail }));
  return { calls, query };
}
const tick = () => new Promise((r) => setImmediate(r));

describe('version batcher', () => {
  it('asks once for the views that arrive together, each user once', async () => {
    const { calls, query } = fakeQuery();
    const versionOf = createVersionBatcher(query, 2);
    const views = [versionOf('a'), versionOf('b'), versionOf('a')];
    await tick();
    expect(calls.map((c) => c.ids)).toEqual([['a', 'b']]);
    calls[0]!.answer(new Map([['a', 'va']]));
    await expect(Promise.all(views)).resolves.toEqual(['va', null, 'va']);
  });

  it('never hands a view the answer of a query sent before it arrived', async () => {
    const { calls, query } = fakeQuery();
    const versionOf = createVersionBatcher(query, 2);
    const early = versionOf('a');
    await tick();
    const late = versionOf('a'); // a write may have committed in between: it needs its own read
    await tick();
    expect(calls.map((c) => c.ids)).toEqual([['a'], ['a']]);
    calls[1]!.answer(new Map([['a', 'v2']]));
    calls[0]!.answer(new Map([['a', 'v1']]));
    await expect(early).resolves.toBe('v1');
    await expect(late).resolves.toBe('v2');
  });

  it('keeps at most maxInFlight queries out; views meanwhile gather into the next one', async () => {
    const { calls, query } = fakeQuery();
    const versionOf = createVersionBatcher(query, 1);
    const first = versionOf('a');
    await tick();
    const waiting = [versionOf('b'), versionOf('c')];
    await tick();
    const later = versionOf('d');
    await tick();
    expect(calls).toHaveLength(1);
    calls[0]!.answer(new Map([['a', '1']]));
    await first;
    await tick();
    expect(calls.map((c) => c.ids)).toEqual([['a'], ['b', 'c', 'd']]);
    calls[1]!.answer(new Map([['b', '2'], ['c', '3'], ['d', '4']]));
    await expect(Promise.all([...waiting, later])).resolves.toEqual(['2', '3', '4']);
  });

  it('fails the views of a failed query and goes on with the next', async () => {
    const { calls, query } = fakeQuery();
    const versionOf = createVersionBatcher(query, 1);
    const failed = versionOf('a');
    await tick();
    calls[0]!.fail(new Error('connection lost'));
    await expect(failed).rejects.toThrow('connection lost');
    const next = versionOf('a');
    await tick();
    calls[1]!.answer(new Map([['a', 'v']]));
    await expect(next).resolves.toBe('v');
  });

  it('goes on after a query that throws at once instead of failing later', async () => {
    let calls = 0;
    const versionOf = createVersionBatcher(async (ids: string[]) => {
      calls++;
      return new Map(ids.map((id) => [id, `v${calls}`]));
    }, 1);
    const throwing = createVersionBatcher((): Promise<Map<string, string>> => {
      throw new Error('pool ended');
    }, 1);
    await expect(throwing('a')).rejects.toThrow('pool ended');
    await expect(throwing('a')).rejects.toThrow('pool ended');
    await expect(versionOf('a')).resolves.toBe('v1');
  });
});

