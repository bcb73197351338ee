import { describe, expect, it } from 'vitest';
import { outletTarget } from '../../../../src/features/map/use-outlet-in-view';

const desktop = { width: 1000, height: 800 };
/** A card docked top-right, 360 px wide. */
const sideCard = { left: 628, top: 12, right: 988, bottom: 500 };
/** A phone's card across the whole width at the top. */
const phone = { width: 390, height: 700 };
const topCard = { left: 12, top: 12, right: 378, bottom: 300 };

describe('outletTarget', () => {
  it('leaves a point that is clear of the card where it is', () => {
    expect(outletTarget({ x: 300, y: 400 }, desktop, sideCard)).toBeNull();
    expect(outletTarget({ x: 200, y: 500 }, phone, topCard)).toBeNull();
  });

  it('moves a point under a side card to the middle of the map left of it', () => {
    expect(outletTarget({ x: 700, y: 100 }, desktop, sideCard)).toEqual({ x: 314, y: 400 });
  });

  it('moves a point under a full-width card below it', () => {
    expect(outletTarget({ x: 200, y: 100 }, phone, topCard)).toEqual({ x: 195, y: 500 });
  });

  it('brings a point off the map or hard against its edge into sight', () => {
    expect(outletTarget({ x: -50, y: 400 }, desktop, sideCard)).toEqual({ x: 314, y: 400 });
    expect(outletTarget({ x: 300, y: 790 }, desktop, sideCard)).toEqual({ x: 314, y: 400 });
  });

  it('leaves the camera alone when the card leaves no room', () => {
    const tall = { left: 12, top: 12, right: 378, bottom: 680 };
    expect(outletTarget({ x: 200, y: 100 }, phone, tall)).toBeNull();
  });
});
