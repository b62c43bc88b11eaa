// The records gea keeps beside its output (the build stamp, each section's manifest) are written
// as a new file renamed over the old one: a reader finds the old record or the new one whole, and
// an out folder copied with hard links (`cp -al`) keeps records of its own.
import { rename, rm, writeFile } from 'node:fs/promises';
import { threadId } from 'node:worker_threads';

export async function replaceFile(path: string, content: string): Promise<void> {
  const temporary = `${path}.${process.pid}-${threadId}.tmp`;
  try {
    await writeFile(temporary, content);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
