import type { Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'blink',
  'gpu',
  'cc',
].join(',');

/** Self time per trace event name on the renderer's main thread, ms, largest first. */
export type ThreadTime = { name: string; ms: number }[];

function mainThreadSelfTime(events: TraceEvent[]): ThreadTime {
  const main = events.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  if (!main) return [];
  const slices = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<string, number>();
  const stack: TraceEvent[] = [];
  for (const slice of slices) {
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top && top.ts + (top.dur ?? 0) <= slice.ts) stack.pop();
      else break;
    }
    const parent = stack[stack.length - 1];
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - (slice.dur ?? 0));
    self.set(slice.name, (self.get(slice.name) ?? 0) + (slice.dur ?? 0));
    stack.push(slice);
  }
  return [...self]
    .map(([name, us]) => ({ name, ms: us / 1000 }))
    .filter((entry) => entry.ms >= 0.5)
    .sort((a, b) => b.ms - a.ms);
}

/**
 * Records a Chromium trace around `action` and returns where the main thread spent its time,
 * by trace event (e.g. `CommandBufferProxyImpl::WaitForGetOffset`: waiting for the GPU process).
 */
export async function traceMainThread<T>(
  page: Page,
  action: () => Promise<T>,
): Promise<[T, ThreadTime]> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) =>
    events.push(...(data.value as unknown as TraceEvent[])),
  );
  const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
  const stop = async (): Promise<ThreadTime> => {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
    return mainThreadSelfTime(events);
  };
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  let value: T;
  try {
    value = await action();
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
  return [value, await stop()];
}

/** A Markdown table of the largest main-thread items. */
export function renderThreadTime(title: string, time: ThreadTime, top = 12): string {
  const total = time.reduce((sum, entry) => sum + entry.ms, 0);
  return [
    `### ${title}`,
    '',
    '| Main thread, by trace event (self) | ms | share |',
    '| --- | ---: | ---: |',
    ...time
      .slice(0, top)
      .map(
        (e) => `| ${e.name} | ${e.ms.toFixed(1)} | ${((100 * e.ms) / (total || 1)).toFixed(0)}% |`,
      ),
    '',
  ].join('\n');
}
