/**
 * runSlice(jobs, run, budgetMs, now) works through a stack of jobs until it is empty or `budgetMs`
 * has passed, and says whether any are left. A job may push more jobs (a drawing's children); at
 * least one job runs per slice, so the work always advances however slow the machine.
 *
 * Why slices: a step change that rewrites a whole chart in one task is a long task on a slow phone,
 * and so is the frame that then lays all of it out (issue 15). Work given out a slice a frame keeps
 * both short.
 */
export function runSlice<J>(jobs: J[], run: (job: J, jobs: J[]) => void, budgetMs: number, now: () => number): boolean {
  const end = now() + budgetMs;
  do {
    const job = jobs.pop();
    if (job === undefined) return false;
    run(job, jobs);
  } while (now() < end);
  return jobs.length > 0;
}
