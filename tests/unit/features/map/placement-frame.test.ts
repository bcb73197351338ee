import { settlePlacementInOneFrame } from '../../../../src/features/map/placement-frame';
import { installedMaplibre } from '../../support/maplibre-source';

/**
 * A stand-in for MapLibre's style with the branch of `Style._updatePlacement` the fix is about:
 * with a fade of 0 every call places in full and commits; a changed symbol bucket then marks the
 * committed placement stale, which asks for another frame.
 */
class FakeStyle {
  placement = { stale: false, hasTransitions: () => this.placement.stale };
  pauseablePlacement = { isDone: () => this.done };
  done = true;
  calls = 0;
  _updatePlacement(_transform: unknown, _boxes: boolean, fadeDuration: number) {
    this.calls += 1;
    if (this.bucketsChanged) this.placement.stale = true;
    if (fadeDuration > 0) this.done = false;
    return !this.pauseablePlacement.isDone() || this.placement.hasTransitions();
  }
  bucketsChanged = true;
}

describe('settlePlacementInOneFrame', () => {
  it('asks for no frame after a full placement that took in the changed symbol tiles', () => {
    const style = new FakeStyle();
    expect(style._updatePlacement({}, false, 0)).toBe(true);
    expect(settlePlacementInOneFrame(style)).toBe(true);
    expect(style._updatePlacement({}, false, 0)).toBe(false);
    expect(style.placement.stale).toBe(false);
    expect(style.calls).toBe(2);
  });

  it('leaves MapLibre’s answer alone when symbols fade or the placement is not finished', () => {
    const fading = new FakeStyle();
    settlePlacementInOneFrame(fading);
    expect(fading._updatePlacement({}, false, 300)).toBe(true);
    expect(fading.placement.stale).toBe(true);

    const unfinished = new FakeStyle();
    settlePlacementInOneFrame(unfinished);
    unfinished.done = false;
    unfinished.bucketsChanged = false;
    expect(unfinished._updatePlacement({}, false, 0)).toBe(true);
  });

  it('wraps a style once, and does nothing to a style without those internals', () => {
    const style = new FakeStyle();
    settlePlacementInOneFrame(style);
    const wrapped = style._updatePlacement;
    expect(settlePlacementInOneFrame(style)).toBe(true);
    expect(style._updatePlacement).toBe(wrapped);
    style._updatePlacement({}, false, 0);
    expect(style.calls).toBe(1);

    expect(settlePlacementInOneFrame(undefined)).toBe(false);
    const other = { placement: { stale: true } };
    expect(settlePlacementInOneFrame(other)).toBe(false);
    expect(other).toEqual({ placement: { stale: true } });
  });

  it('matches the MapLibre it ships with: fade duration third, a stale mark on changed buckets', () => {
    const { version, source: read } = installedMaplibre();
    const style = read('style/style.ts');
    // An upgrade of MapLibre must look at the fix again: the map e2e test counts the frames.
    expect(version).toBe('6.17.0');
    expect(style).toMatch(
      /_updatePlacement\(transform: [\w]+, showCollisionBoxes: boolean, fadeDuration: number,/,
    );
    expect(style).toContain(
      'forceFullPlacement ||= this._layerOrderChanged || fadeDuration === 0;',
    );
    expect(style).toMatch(/if \(symbolBucketsChanged\) \{[^}]*placement\.setStale\(\);/);
  });
});
