#!/usr/bin/env node
// The `edw` command runs the TypeScript sources directly through tsx, so it works right after
// `npm install` with no build step.
import { register } from 'tsx/esm/api';

// A reader that stops early (`edw instrument | head -1`) closes the pipe. The rest of the output
// is not wanted, but the command's work (a store, files written with -o) is: the output is dropped
// quietly and the command finishes with its own exit status, instead of dying half-way on an
// EPIPE stack trace (docs/formats.md). Any other write error is still thrown.
const gone = new Set();
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
    gone.add(stream);
  });
}
const writeTo = (stream) => (text) => {
  if (!gone.has(stream) && !stream.destroyed) stream.write(`${text}\n`);
};

register();
const { runCli } = await import('../src-main/cli/main.ts');
const code = await runCli(process.argv.slice(2), {
  out: writeTo(process.stdout),
  err: writeTo(process.stderr),
  env: process.env,
  cwd: process.cwd(),
});
process.exitCode = code;
