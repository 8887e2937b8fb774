import { runCli } from '../../src-main/cli/main';

export interface EdwRun {
  code: number;
  out: string;
  err: string;
}

/** Runs one `edw` command in-process, in `cwd` with only `env`, and collects what it printed. */
export async function runEdw(
  where: { cwd: string; env?: Record<string, string> },
  argv: readonly string[],
): Promise<EdwRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    env: where.env ?? {},
    cwd: where.cwd,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
