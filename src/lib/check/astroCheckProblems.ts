const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/**
 * astroCheckProblems(output) turns the report of `astro check` into one line an error:
 * `src/x.ts:20:22 - error ts(2322): Type 'string' is not assignable to type 'number'.` becomes
 * `src/x.ts:20:22  ts(2322): Type 'string' is not assignable to type 'number'.  (expected code that type-checks)`.
 * Warnings and hints are left out: they do not fail the check.
 */
export function astroCheckProblems(output: string): string[] {
  const problems: string[] = [];
  for (const raw of output.replace(ANSI, '').split('\n')) {
    const m = /^(\S.*?):(\d+):(\d+) - error (\S+): (.*)$/.exec(raw.trim());
    if (m) problems.push(`${m[1]}:${m[2]}:${m[3]}  ${m[4]}: ${m[5]!.trim()}  (expected code that type-checks)`);
  }
  return problems;
}
