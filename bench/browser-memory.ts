import { readdir, readFile } from 'node:fs/promises';
import { browserProcesses, readStat } from '../tests/e2e/fixture/kill';

/**
 * The memory the whole browser holds (every process of its process group: the extension's
 * page, the browser process where Chromium keeps large Blobs, the rest), sampled from outside
 * while a step runs: the sum of each process's PSS (shared pages split between them, so
 * nothing counts twice), in MiB. What the JS heap does not show: Blobs, buffers, the crypto thread.
 * BENCH_MEMORY_DEBUG=1 also prints each process's own highest PSS (which process holds it).
 */
export async function watchBrowserMemory(profileDir: string, everyMs = 200): Promise<{ stop: () => Promise<{ startMiB: number; peakMiB: number }> }> {
  const groups = new Set((await browserProcesses(profileDir)).map((process) => process.group));
  const byProcess = new Map<string, number>();
  const sample = async () => {
    let kib = 0;
    for (const name of await readdir('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      const stat = await readStat(Number(name));
      if (!stat || !groups.has(stat.group)) continue;
      const rollup = await readFile(`/proc/${name}/smaps_rollup`, 'utf8').catch(() => '');
      const pss = Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0);
      kib += pss;
      if (process.env.BENCH_MEMORY_DEBUG) {
        const type = /--type=([\w-]+)/.exec(await readFile(`/proc/${name}/cmdline`, 'utf8').catch(() => ''))?.[1] ?? 'main';
        const label = `${name} ${type}`;
        byProcess.set(label, Math.max(byProcess.get(label) ?? 0, pss / 1024));
      }
    }
    return kib / 1024;
  };
  const startMiB = await sample();
  let peakMiB = startMiB;
  let running = true;
  const loop = (async () => {
    while (running) {
      peakMiB = Math.max(peakMiB, await sample());
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      if (process.env.BENCH_MEMORY_DEBUG) console.log([...byProcess].map(([label, mib]) => `${label}: ${Math.round(mib)}`).join('; '));
      return { startMiB, peakMiB: Math.max(peakMiB, await sample()) };
    },
  };
}
