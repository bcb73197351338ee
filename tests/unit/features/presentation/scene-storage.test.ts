import { DEFAULT_FILTERS } from '../../../../src/data/domain/filters';
import { DEFAULT_LAYERS } from '../../../../src/stores/app-store';
import type { Scene } from '../../../../src/stores/app-state';
import {
  SCENES_STORAGE_KEY,
  loadScenes,
  saveScenes,
} from '../../../../src/features/presentation/scene-storage';

const suzhou: Scene = {
  id: 'scene-1',
  name: 'Suzhou, partner stores',
  view: { lon: 120.6, lat: 31.3, zoom: 9.5 },
  filters: { ...DEFAULT_FILTERS, kinds: ['partner-store'], asOf: '2024-01-10' },
  layers: { ...DEFAULT_LAYERS, 'fusion-store': false },
  selectedCityId: 'suzhou',
};
const national: Scene = { ...suzhou, id: 'scene-2', name: 'All', view: null, selectedCityId: null };

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  localStorage.clear();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => warn.mockRestore());

describe('scene storage', () => {
  it('gives back the scenes it saved, in order', () => {
    saveScenes([suzhou, national]);
    expect(loadScenes()).toEqual([suzhou, national]);
    expect(JSON.parse(localStorage.getItem(SCENES_STORAGE_KEY)!)).toMatchObject({
      format: 'channel-atlas-scenes',
      version: 1,
    });
    expect(warn).not.toHaveBeenCalled();
  });

  it('keeps a scene’s coverage view, and reads older scenes without one', () => {
    const whitespace: Scene = {
      ...national,
      id: 'scene-4',
      coverage: { mode: 'service', radiusKm: 10, rings: true },
    };
    const odd = { ...whitespace, id: 'scene-5', coverage: { mode: 'walk', radiusKm: 30 } };
    saveScenes([whitespace, suzhou, odd as unknown as Scene]);
    expect(loadScenes()).toEqual([whitespace, suzhou]);
    expect(loadScenes()[1]).not.toHaveProperty('coverage');
    expect(warn).toHaveBeenCalledWith(expect.any(String), [
      expect.stringMatching(/^scenes\[2\]\.coverage\.mode: /),
      'scenes[2].coverage.radiusKm: expected one of 5, 10, 15, 25, 50, 100 km',
    ]);
  });

  it('has no scenes when nothing was saved', () => {
    expect(loadScenes()).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
  });

  it('ignores stored text that is not JSON, with a warning', () => {
    localStorage.setItem(SCENES_STORAGE_KEY, '{"scenes": [');
    expect(loadScenes()).toEqual([]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('not JSON'));
  });

  it('ignores a document of another kind, with a warning', () => {
    localStorage.setItem(SCENES_STORAGE_KEY, JSON.stringify({ hello: 'world' }));
    expect(loadScenes()).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('keeps the valid scenes and warns where the others went wrong', () => {
    const broken = { ...suzhou, id: 'scene-3', view: { lon: 120, lat: 31, zoom: 99 } };
    saveScenes([suzhou, broken as Scene, national]);
    expect(loadScenes()).toEqual([suzhou, national]);
    expect(warn).toHaveBeenCalledWith(expect.any(String), [
      expect.stringMatching(/^scenes\[1\]\.view\.zoom: /),
    ]);
  });

  it('fills what an older scene left out with the defaults', () => {
    localStorage.setItem(SCENES_STORAGE_KEY, JSON.stringify([{ id: 'old', name: 'Old' }]));
    expect(loadScenes()).toEqual([
      {
        id: 'old',
        name: 'Old',
        view: null,
        filters: DEFAULT_FILTERS,
        layers: DEFAULT_LAYERS,
        selectedCityId: null,
      },
    ]);
  });

  it('only warns when storage refuses to read or write', () => {
    const broken = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('full');
      },
    } as unknown as Storage;
    expect(loadScenes(broken)).toEqual([]);
    expect(() => saveScenes([suzhou], broken)).not.toThrow();
    expect(warn).toHaveBeenCalledTimes(2);
  });
});
