import type { Map as MaplibreMap } from 'maplibre-gl';
import {
  answerFromCache,
  GLYPHS_STATE,
  installGlyphCache,
  storeInCache,
} from '../../../../src/features/map/glyph-cache';
import { glyphsKey, keepGlyphsKey } from '../../../../src/features/map/glyphs-key';
import { installedMaplibre } from '../../support/maplibre-source';

const glyph = (id: string) => ({ id, bitmap: { width: 1, height: 1 }, metrics: { advance: 8 } });
const MAP_ID = 7;
const request = (stacks: Record<string, Record<string, string[]>>) => ({
  type: 'GG',
  data: { stacks, source: 'cities', tileID: { key: 'u33' }, type: 'glyphs' },
  targetMapId: MAP_ID,
});

/**
 * A stand-in for MapLibre's worker (`self.worker`): its actor sends to the page, here a function
 * that answers glyph requests like `Style.getGlyphs` (the 'vertical' variant is left out, as when
 * the style has no font files), and the global state per map.
 */
function fakeWorker(state: Record<string, unknown> = { [GLYPHS_STATE]: 'fonts-a' }) {
  const sent: { type: string; stacks?: object }[] = [];
  const sendAsync = vi.fn(
    async (message: {
      type: string;
      data: { stacks?: Record<string, Record<string, string[]>> };
      targetMapId?: number;
    }) => {
      sent.push({ type: message.type, stacks: message.data.stacks });
      if (message.type !== 'GG') return 'tile';
      const answer: Record<string, Record<string, Record<string, unknown>>> = {};
      for (const [stack, variants] of Object.entries(message.data.stacks ?? {}))
        for (const [variant, ids] of Object.entries(variants))
          if (variant !== 'vertical')
            for (const id of ids) ((answer[stack] ??= {})[variant] ??= {})[id] = glyph(id);
      return answer;
    },
  );
  const globalStates = new Map<unknown, Record<string, unknown>>([[MAP_ID, state]]);
  const scope = { worker: { actor: { sendAsync }, globalStates } };
  return { scope, sent, state, globalStates };
}

describe('answerFromCache and storeInCache', () => {
  it('answer a request in the page’s shape once every glyph of it was answered before', () => {
    const cache = new Map<string, unknown>();
    const stacks = { Bold: { normal: ['1', '2'], vertical: ['1'] } };
    expect(answerFromCache(cache, stacks)).toBeUndefined();
    storeInCache(cache, stacks, { Bold: { normal: { '1': glyph('1'), '2': null } } });
    // A glyph the page answered with null stays null; one it left out stays out.
    expect(answerFromCache(cache, stacks)).toEqual({
      Bold: { normal: { '1': glyph('1'), '2': null } },
    });
    expect(answerFromCache(cache, { Bold: { vertical: ['1'] } })).toEqual({});
    expect(answerFromCache(cache, { Bold: { normal: ['1', '3'] } })).toBeUndefined();
    expect(answerFromCache(cache, { Regular: { normal: ['1'] } })).toBeUndefined();
  });

  it('does not take a key an answer only inherits for a glyph it has', () => {
    const cache = new Map<string, unknown>();
    storeInCache(cache, { Bold: { normal: ['constructor'] } }, { Bold: { normal: {} } });
    expect(answerFromCache(cache, { Bold: { normal: ['constructor'] } })).toStrictEqual({});
  });
});

describe('installGlyphCache', () => {
  it('answers a tile whose glyphs all came before, and still tells the page the tile needs glyphs', async () => {
    const { scope, sent } = fakeWorker();
    expect(installGlyphCache(scope)).toBe(true);
    const { actor } = scope.worker;
    const first = await actor.sendAsync(request({ Bold: { normal: ['北', '京'] } }));
    const again = await actor.sendAsync(request({ Bold: { normal: ['京'] } }));
    expect(again).toEqual({ Bold: { normal: { 京: glyph('京') } } });
    expect(first).toEqual({ Bold: { normal: { 北: glyph('北'), 京: glyph('京') } } });
    expect(sent).toEqual([
      { type: 'GG', stacks: { Bold: { normal: ['北', '京'] } } },
      { type: 'GG', stacks: {} },
    ]);
  });

  it('asks the page for a glyph it does not have, and for everything after the key changes', async () => {
    const { scope, sent, state } = fakeWorker();
    installGlyphCache(scope);
    const { actor } = scope.worker;
    await actor.sendAsync(request({ Bold: { normal: ['1'] } }));
    await actor.sendAsync(request({ Bold: { normal: ['1', '2'] } }));
    state[GLYPHS_STATE] = 'fonts-b';
    await actor.sendAsync(request({ Bold: { normal: ['1'] } }));
    expect(sent.map((message) => message.stacks)).toEqual([
      { Bold: { normal: ['1'] } },
      { Bold: { normal: ['1', '2'] } },
      { Bold: { normal: ['1'] } },
    ]);
  });

  it('keeps no answer that comes back after the key changed', async () => {
    const { scope, sent, state } = fakeWorker();
    installGlyphCache(scope);
    const { actor } = scope.worker;
    const pending = actor.sendAsync(request({ Bold: { normal: ['1'] } }));
    state[GLYPHS_STATE] = 'fonts-b';
    await actor.sendAsync(request({ Bold: { normal: ['2'] } }));
    await pending;
    await actor.sendAsync(request({ Bold: { normal: ['1'] } }));
    expect(sent).toHaveLength(3);
    expect(sent[2]?.stacks).toEqual({ Bold: { normal: ['1'] } });
  });

  it('passes every request on for a map without a key, and every other message', async () => {
    const { scope, sent, state } = fakeWorker({});
    installGlyphCache(scope);
    const { actor } = scope.worker;
    await actor.sendAsync(request({ Bold: { normal: ['1'] } }));
    await actor.sendAsync(request({ Bold: { normal: ['1'] } }));
    state[GLYPHS_STATE] = 'fonts-a';
    await actor.sendAsync({ ...request({ Bold: { normal: ['1'] } }), targetMapId: 8 });
    expect(await actor.sendAsync({ type: 'GI', data: {}, targetMapId: MAP_ID })).toBe('tile');
    expect(sent.map((message) => message.type)).toEqual(['GG', 'GG', 'GG', 'GI']);
    expect(sent.every((message) => message.type !== 'GG' || message.stacks)).toBe(true);
  });

  it('passes a failed request on and keeps nothing of it', async () => {
    const { scope, sent } = fakeWorker();
    const send = scope.worker.actor.sendAsync;
    installGlyphCache(scope);
    send.mockRejectedValueOnce(new Error('no font'));
    const { actor } = scope.worker;
    await expect(actor.sendAsync(request({ Bold: { normal: ['1'] } }))).rejects.toThrow('no font');
    await actor.sendAsync(request({ Bold: { normal: ['1'] } }));
    expect(sent.filter((message) => message.type === 'GG')).toHaveLength(1);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('changes nothing in a scope without MapLibre’s worker', () => {
    expect(installGlyphCache(undefined)).toBe(false);
    const other = { worker: { actor: {}, globalStates: new Map() } };
    expect(installGlyphCache(other)).toBe(false);
    expect(other.worker.actor).toEqual({});
  });

  it('matches the MapLibre it ships with: the request, the worker and its state per map', () => {
    const { version, source: read } = installedMaplibre();
    // An upgrade of MapLibre must look at the cache again: the map e2e test counts the requests.
    expect(version).toBe('6.17.0');
    expect(read('util/actor_messages.ts')).toContain("getGlyphs = 'GG',");
    expect(read('source/worker_tile.ts')).toContain(
      "actor.sendAsync({type: MessageType.getGlyphs, data: {stacks, source: this.source, tileID: this.tileID, type: 'glyphs'}}, abortController);",
    );
    const worker = read('source/worker.ts');
    expect(worker).toContain('self.worker = new Worker(self);');
    expect(worker).toContain('globalStates: Map<string, Record<string, any>>;');
    expect(worker).toMatch(
      /message\.targetMapId = mapId;\s+return this\.actor\.sendAsync\(message/,
    );
    const style = read('style/style.ts');
    expect(style).toContain('const glyphs = await this.glyphManager.getGlyphs(params.stacks);');
    expect(style).toContain("tileManager.setDependencies(params.tileID.key, params.type, ['']);");
    // Each style object draws its glyphs with a glyph manager of its own (see glyphsKey).
    expect(style).toContain('this.glyphManager = new GlyphManager(');
  });
});

describe('keepGlyphsKey', () => {
  /** A map whose style loads on `load()`; before that MapLibre throws on reading the style. */
  function fakeMap() {
    const listeners = new Map<string, Set<() => void>>();
    let loaded = false;
    const fontFaces = { Bold: [{ url: '/fonts/bold.woff2' }] };
    const globalState: Record<string, unknown> = {};
    const map = {
      style: {},
      getGlyphs: () => {
        if (!loaded) throw new TypeError("Cannot read properties of undefined (reading 'glyphs')");
        return null;
      },
      getFontFaces: () => fontFaces,
      getGlobalState: () => globalState,
      setGlobalStateProperty: vi.fn((name: string, value: unknown) => {
        globalState[name] = value;
      }),
      on: (type: string, listener: () => void) => {
        if (!listeners.has(type)) listeners.set(type, new Set());
        listeners.get(type)?.add(listener);
      },
      off: (type: string, listener: () => void) => listeners.get(type)?.delete(listener),
      fire: (type: string) => listeners.get(type)?.forEach((listener) => listener()),
    };
    return {
      map,
      fontFaces,
      globalState,
      load: () => {
        loaded = true;
        map.fire('style.load');
      },
    };
  }

  it('names the style’s glyphs once it has loaded, and again when its font files change', () => {
    const { map, fontFaces, globalState, load } = fakeMap();
    const stop = keepGlyphsKey(map as unknown as MaplibreMap);
    expect(map.setGlobalStateProperty).not.toHaveBeenCalled();
    load();
    expect(globalState[GLYPHS_STATE]).toBe(glyphsKey(map));
    map.fire('styledata');
    expect(map.setGlobalStateProperty).toHaveBeenCalledTimes(1);

    const before = globalState[GLYPHS_STATE];
    fontFaces.Bold = [{ url: '/fonts/other.woff2' }];
    map.fire('style.load');
    expect(globalState[GLYPHS_STATE]).not.toBe(before);

    // A style replaced without diffing has a glyph manager of its own: a new key.
    const changed = globalState[GLYPHS_STATE];
    map.style = {};
    map.fire('style.load');
    expect(globalState[GLYPHS_STATE]).not.toBe(changed);
    map.fire('style.load');
    expect(map.setGlobalStateProperty).toHaveBeenCalledTimes(3);

    stop();
    fontFaces.Bold = [];
    map.fire('style.load');
    expect(map.setGlobalStateProperty).toHaveBeenCalledTimes(3);
  });
});
