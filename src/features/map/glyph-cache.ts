/**
 * A glyph cache in MapLibre's worker, so that a symbol tile laid out again (the city labels, on
 * every filter change) does not wait for the page to hand over glyphs it has handed over before.
 *
 * MapLibre's worker asks the page for the glyphs of every symbol tile it lays out, each time.
 * The page answers between frames, and on a software renderer a frame holds the page for up to
 * 250 ms; the label tiles of a filter change then miss the frame that draws the outlets and take
 * one more. With this cache a tile whose glyphs all came before is laid out at once.
 *
 * Glyphs follow from the style's glyph URL and font files. The page names that set with a key in
 * the style's global state (`GLYPHS_STATE`, see `keepGlyphsKey`), which reaches the worker in
 * order with the tiles; the cache serves a map only while the key it filled under is the map's
 * key, and serves no map without one. A tile served from the cache still tells the page that it
 * depends on glyphs (an empty request), so MapLibre reloads it if they change.
 */

/** The global-state property naming the glyph set of the map's style. */
export const GLYPHS_STATE = 'atlasGlyphs';

/** Above this many glyphs a map's cache starts over (a glyph is about 1 KB). */
const MAX_GLYPHS = 20_000;

const GET_GLYPHS = 'GG';
/** A glyph the page left out of its answer (a variant it does not draw). */
const ABSENT = Symbol('absent');

type GlyphRequests = Record<string, Record<string, string[]>>;
type GlyphMap = Record<string, Record<string, Record<string, unknown>>>;

interface ActorMessage {
  type: string;
  data: { stacks?: GlyphRequests } & Record<string, unknown>;
  targetMapId?: string | number | null;
}
type SendAsync = (message: ActorMessage, abortController?: AbortController) => Promise<unknown>;

/**
 * The parts of MapLibre's worker (maplibre-gl 6.17, `src/source/worker.ts`: `self.worker`) the
 * cache uses. They are not public API: each is checked, and nothing is installed if they differ.
 */
interface WorkerInternals {
  actor: { sendAsync: SendAsync };
  globalStates: Map<unknown, Record<string, unknown>>;
}

interface MapGlyphs {
  key: string;
  glyphs: Map<string, unknown>;
}

const glyphId = (stack: string, variant: string, id: string) =>
  `${stack}\u0000${variant}\u0000${id}`;

function* requested(stacks: GlyphRequests): Generator<[string, string, string]> {
  for (const stack in stacks) {
    for (const variant in stacks[stack]) {
      for (const id of stacks[stack][variant] ?? []) yield [stack, variant, id];
    }
  }
}

/** The answer to a request from the glyphs in `cache`, or undefined when one is missing. */
export function answerFromCache(
  cache: Map<string, unknown>,
  stacks: GlyphRequests,
): GlyphMap | undefined {
  const result: GlyphMap = {};
  for (const [stack, variant, id] of requested(stacks)) {
    const key = glyphId(stack, variant, id);
    if (!cache.has(key)) return undefined;
    const glyph = cache.get(key);
    if (glyph === ABSENT) continue;
    ((result[stack] ??= {})[variant] ??= {})[id] = glyph;
  }
  return result;
}

/** Keeps each requested glyph of the page's answer, and which ones it left out. */
export function storeInCache(
  cache: Map<string, unknown>,
  stacks: GlyphRequests,
  answer: GlyphMap,
): void {
  for (const [stack, variant, id] of requested(stacks)) {
    const variants = answer[stack]?.[variant];
    const glyph = variants && Object.hasOwn(variants, id) ? variants[id] : ABSENT;
    cache.set(glyphId(stack, variant, id), glyph);
  }
}

function workerInternals(scope: unknown): WorkerInternals | undefined {
  const worker = (scope as { worker?: Partial<WorkerInternals> } | null)?.worker;
  if (typeof worker?.actor?.sendAsync !== 'function' || !(worker.globalStates instanceof Map))
    return undefined;
  return worker as WorkerInternals;
}

/**
 * Installs the cache in the worker whose global scope is `scope` (after MapLibre's worker code
 * has run in it). Returns false, and changes nothing, when MapLibre's internals are not the
 * expected ones.
 */
export function installGlyphCache(scope: unknown): boolean {
  const worker = workerInternals(scope);
  if (!worker) return false;
  const { actor, globalStates } = worker;
  const send = actor.sendAsync.bind(actor);
  // Keyed by the map's global-state object, which MapLibre drops with the map.
  const maps = new WeakMap<object, MapGlyphs>();

  actor.sendAsync = (message, abortController) => {
    const stacks = message.data?.stacks;
    const state = globalStates.get(message.targetMapId);
    const key = state?.[GLYPHS_STATE];
    if (message.type !== GET_GLYPHS || !stacks || !state || typeof key !== 'string')
      return send(message, abortController);

    let entry = maps.get(state);
    if (entry?.key !== key || entry.glyphs.size > MAX_GLYPHS) {
      entry = { key, glyphs: new Map() };
      maps.set(state, entry);
    }
    const cached = answerFromCache(entry.glyphs, stacks);
    if (cached) {
      // The page records that this tile depends on glyphs, as it would have for a full request.
      send({ ...message, data: { ...message.data, stacks: {} } }).catch(() => undefined);
      return Promise.resolve(cached);
    }
    const filling = entry;
    return send(message, abortController).then((answer) => {
      if (maps.get(state) === filling && answer && typeof answer === 'object')
        storeInCache(filling.glyphs, stacks, answer as GlyphMap);
      return answer;
    });
  };
  return true;
}
