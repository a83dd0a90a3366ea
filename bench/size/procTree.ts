/**
 * Peak resident memory of a process and all its descendants, sampled from
 * /proc (Linux). webpack's esbuild service and workers are separate
 * processes, so the parent's own maxRSS would under-report.
 */
import fs from 'node:fs';

const PAGE_KB = 4;

const childrenOf = (pid: number): number[] => {
  try {
    const tasks = fs.readdirSync(`/proc/${pid}/task`);
    return tasks.flatMap((tid) => {
      try {
        return fs.readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number);
      } catch {
        return [];
      }
    });
  } catch {
    return [];
  }
};

const rssKb = (pid: number): number => {
  try {
    const statm = fs.readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ');
    return Number(statm[1]) * PAGE_KB;
  } catch {
    return 0;
  }
};

export const treeRssKb = (root: number): number => {
  let total = 0;
  const stack = [root];
  const seen = new Set<number>();
  while (stack.length) {
    const pid = stack.pop()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    total += rssKb(pid);
    stack.push(...childrenOf(pid));
  }
  return total;
};

/** Samples the tree every `intervalMs` until stopped; returns the peak in KB. */
export const samplePeak = (root: number, intervalMs = 50) => {
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRssKb(root));
  }, intervalMs);
  return () => {
    clearInterval(timer);
    return peak;
  };
};
