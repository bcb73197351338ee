import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { startStaticServer } from '../../tests/e2e/support/static-server';
import { renderProfile, summarizeProfile, type CpuProfile } from './cpu-profile';
import { readLog, waitForEffects, type Effect } from './probes';
import { buildPages, FLOOR_DIR, prepareDataset, WORK, writeAppConfig } from './prepare';
import { inputTime, longTasksBetween, openSession, PageFailure, watchFailures } from './session';
import { renderThreadTime, traceMainThread, type ThreadTime } from './trace';

const PROFILE_DIR = join(WORK, 'app-profile');

async function record<T>(cdp: CDPSession, action: () => Promise<T>): Promise<[T, CpuProfile]> {
  await cdp.send('Profiler.start');
  const value = await action();
  const { profile } = await cdp.send('Profiler.stop');
  return [value, profile as CpuProfile];
}

/**
 * CPU profiles of the app's main thread (an unminified build, so functions keep their names) at
 * `outlets`: the load, then a tier filter change; then traces of the filter going off again in
 * the app and of the floor's filter change. Returns a Markdown report.
 */
export async function profileApp(outlets: number, seed: number, timeout: number): Promise<string> {
  await buildPages(PROFILE_DIR, ['--minify', 'false']);
  const dataUrl = await prepareDataset(outlets, seed, [PROFILE_DIR, FLOOR_DIR]);
  writeAppConfig(PROFILE_DIR, dataUrl);
  const server = await startStaticServer(PROFILE_DIR);
  const session = await openSession();
  try {
    const { page } = session;
    // Same origin first, so that the navigation to the app stays in this renderer process.
    await page.goto(`${server.url}favicon.svg`);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });

    const { failed } = watchFailures(page);
    let mapError: string | null = null;
    const [, load] = await record(cdp, async () => {
      await page.goto(server.url, { waitUntil: 'commit', timeout });
      try {
        await Promise.race([waitForEffects(page, 0, ['idle', 'figures'], timeout, 1_000), failed]);
      } catch (error) {
        if (!(error instanceof PageFailure)) throw error;
        mapError = error.message;
        await waitForEffects(page, 0, ['figures'], timeout, 1_000);
      }
    });
    const need: Effect[] = mapError ? ['figures'] : ['idle', 'figures'];
    const log = await readLog(page);
    const tasks = longTasksBetween(log, 0, log.states.at(-1)?.t ?? 0);
    const longest = [...log.longTasks].sort((a, b) => b.duration - a.duration).slice(0, 8);

    const tier1 = page
      .getByRole('group', { name: 'City tier', exact: true })
      .getByRole('checkbox', { name: 'Tier 1', exact: true });
    const [filterMs, filter] = await record(cdp, async () => {
      const since = (await readLog(page)).inputs.length;
      await tier1.click();
      const start = inputTime(await readLog(page), since, 'click');
      const effects = await waitForEffects(page, start, need, timeout);
      return (mapError ? (effects.figuresAt ?? NaN) : (effects.idleAt ?? NaN)) - start;
    });
    await cdp.detach();
    // A second change (the filter off again), traced: where the main thread waits, not only JS.
    const [backMs, appTrace] = await traceMainThread(page, async () => {
      const since = (await readLog(page)).inputs.length;
      await tier1.click();
      const start = inputTime(await readLog(page), since, 'click');
      const effects = await waitForEffects(page, start, need, timeout);
      return (mapError ? (effects.figuresAt ?? NaN) : (effects.idleAt ?? NaN)) - start;
    });
    const floor = await traceFloor(dataUrl, timeout);
    return [
      `# CPU profile of the app at ${outlets.toLocaleString('en-US')} outlets`,
      '',
      'Main thread only (MapLibre workers not included); unminified production build; sampling ' +
        'every 0.2 ms. Inclusive times count a function once per sample, nested calls included. ' +
        '`(program)` is native time outside JavaScript: the traces below say what it is.',
      '',
      `Load: ${tasks.count} long tasks, ${Math.round(tasks.blocking)} ms blocking; longest: ` +
        longest
          .map((t) => `${Math.round(t.duration)} ms at ${(t.start / 1000).toFixed(1)} s`)
          .join(', '),
      '',
      mapError
        ? `The map threw while loading (\`${mapError}\`): the profiles stop at the figures.\n`
        : '',
      renderProfile(
        `Load: navigation → ${mapError ? 'Key figures' : 'map idle'}`,
        summarizeProfile(load),
      ),
      renderProfile(
        `Tier filter → ${mapError ? 'figures updated' : 'map idle'} (${Math.round(filterMs)} ms)`,
        summarizeProfile(filter),
      ),
      renderThreadTime(
        `App: tier filter off → ${mapError ? 'figures' : 'map idle'} (${Math.round(backMs)} ms), traced`,
        appTrace,
      ),
      renderThreadTime(
        `Floor: tier filter → map idle (${Math.round(floor.ms)} ms), traced`,
        floor.time,
      ),
    ].join('\n');
  } finally {
    await session.close();
    await server.close();
  }
}

/** The floor's tier filter change at the same dataset, traced. */
async function traceFloor(
  dataUrl: string,
  timeout: number,
): Promise<{ ms: number; time: ThreadTime }> {
  const server = await startStaticServer(FLOOR_DIR);
  const session = await openSession();
  try {
    const { page } = session;
    await page.goto(`${server.url}?data=${dataUrl}`, { waitUntil: 'commit', timeout });
    await waitForEffects(page, 0, ['idle'], timeout, 1_000);
    const [ms, time] = await traceMainThread(page, async () => {
      const start = await page.evaluate(() => {
        const floor = (window as unknown as { __floor: { setTiers: (t: string[]) => void } })
          .__floor;
        const at = performance.now();
        floor.setTiers(['1']);
        return at;
      });
      const effects = await waitForEffects(page, start, ['idle'], timeout);
      return (effects.idleAt ?? NaN) - start;
    });
    return { ms, time };
  } finally {
    await session.close();
    await server.close();
  }
}
