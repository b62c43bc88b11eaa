// Staging keeps a few writes in flight while it makes the next file: never more than its limit,
// and a failure is reported once every write has stopped.
import { describe, expect, it } from 'vitest';
import { FileOperations } from '../../src/build/file-operations.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('file operations in flight', () => {
  it('runs at most its limit at once, and all of them by the end', async () => {
    const operations = new FileOperations(3);
    let running = 0;
    let most = 0;
    const done: number[] = [];
    for (let index = 0; index < 10; index++) {
      await operations.start(async () => {
        most = Math.max(most, ++running);
        await tick();
        running--;
        done.push(index);
      });
    }
    await operations.finish();
    expect(most).toBe(3);
    expect(done.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('throws an earlier failure when the next is started, and lets the rest stop before settling', async () => {
    const operations = new FileOperations(2);
    let finished = 0;
    await operations.start(async () => {
      throw new Error('disk full');
    });
    await operations.start(async () => {
      await tick();
      finished++;
    });
    await expect(
      operations.start(async () => {
        finished++;
      }),
    ).rejects.toThrow('disk full');
    await operations.settle();
    expect(finished).toBe(1);
  });

  it('finishes every operation before it throws the first failure', async () => {
    const operations = new FileOperations(4);
    let finished = 0;
    await operations.start(async () => {
      throw new Error('no such file');
    });
    await operations.start(async () => {
      await tick();
      await tick();
      finished++;
    });
    await expect(operations.finish()).rejects.toThrow('no such file');
    // A caller that undoes what was done sees every operation that ran.
    expect(finished).toBe(1);
  });
});
