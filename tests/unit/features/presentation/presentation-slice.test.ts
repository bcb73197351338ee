import { DEFAULT_FILTERS } from '../../../../src/data/domain/filters';
import { DEFAULT_LAYERS, useAppStore } from '../../../../src/stores/app-store';
import type { Scene } from '../../../../src/stores/app-state';

const scene = (id: string): Scene => ({
  id,
  name: id,
  view: null,
  filters: DEFAULT_FILTERS,
  layers: DEFAULT_LAYERS,
  selectedCityId: null,
});

const store = () => useAppStore.getState();
const ids = () => store().scenes.map((item) => item.id);

beforeEach(() => useAppStore.setState(useAppStore.getInitialState()));

describe('presentation slice', () => {
  it('starts and stops presenting, forgetting the tour step', () => {
    store().startPresenting();
    expect(store().presenting).toBe(true);
    store().showScene(2, 5);
    store().stopPresenting();
    expect(store()).toMatchObject({ presenting: false, tourIndex: null });
  });

  it('steps forward from no step to the first, then along the tour and stops at its end', () => {
    store().stepScene(1, 3);
    expect(store().tourIndex).toBe(0);
    store().stepScene(1, 3);
    store().stepScene(1, 3);
    store().stepScene(1, 3);
    expect(store().tourIndex).toBe(2);
    store().stepScene(-5, 3);
    expect(store().tourIndex).toBe(0);
  });

  it('stays before the tour when stepping back from no step, and has no step in an empty tour', () => {
    store().stepScene(-1, 3);
    expect(store().tourIndex).toBeNull();
    store().stepScene(1, 0);
    expect(store().tourIndex).toBeNull();
  });

  it('clamps a jump to the tour', () => {
    store().showScene(99, 4);
    expect(store().tourIndex).toBe(3);
    store().showScene(-1, 4);
    expect(store().tourIndex).toBe(0);
  });

  it('adds, renames, reorders within the ends and deletes scenes', () => {
    store().addScenes([scene('a'), scene('b'), scene('c')]);
    store().renameScene('b', 'Bee');
    expect(store().scenes[1]!.name).toBe('Bee');
    store().moveScene('c', -1);
    expect(ids()).toEqual(['a', 'c', 'b']);
    store().moveScene('a', -1);
    expect(ids()).toEqual(['a', 'c', 'b']);
    store().moveScene('a', 5);
    expect(ids()).toEqual(['c', 'b', 'a']);
    store().deleteScene('b');
    expect(ids()).toEqual(['c', 'a']);
  });

  it('marks the scenes as read once hydrated', () => {
    expect(store().scenesHydrated).toBe(false);
    store().hydrateScenes([scene('x')]);
    expect(store()).toMatchObject({ scenesHydrated: true, scenes: [scene('x')] });
  });
});
