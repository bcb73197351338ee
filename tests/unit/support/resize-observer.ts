/**
 * Installs a ResizeObserver that reports every observed element at a fixed size, so recharts'
 * ResponsiveContainer (which measures its parent) renders its chart in jsdom. Returns an uninstall.
 */
export function installResizeObserver(width = 360, height = 240): () => void {
  const original = globalThis.ResizeObserver;
  class FixedSizeResizeObserver {
    private readonly callback: ResizeObserverCallback;
    constructor(callback: ResizeObserverCallback) {
      this.callback = callback;
    }
    observe(target: Element) {
      const contentRect = {
        x: 0,
        y: 0,
        top: 0,
        left: 0,
        right: width,
        bottom: height,
        width,
        height,
      };
      const entry = { target, contentRect } as unknown as ResizeObserverEntry;
      this.callback([entry], this as unknown as ResizeObserver);
    }
    unobserve() {}
    disconnect() {}
  }
  globalThis.ResizeObserver = FixedSizeResizeObserver as unknown as typeof ResizeObserver;
  return () => {
    globalThis.ResizeObserver = original;
  };
}
