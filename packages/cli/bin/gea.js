#!/usr/bin/env node
import { commandModule } from './entry.js';

// A reader that stops early (`gea rules | head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const { run } = await import(commandModule(new URL('../', import.meta.url)).href);
process.exitCode = await run(process.argv.slice(2));
