import { groupCities, type GroupInput } from '../../../../src/features/map/group-cities';

const city = (c: number, lon: number, lat: number, count: number): GroupInput => ({
  c,
  lon,
  lat,
  count,
});

// Shanghai, Suzhou and Wuxi lie within 130 km of each other; Beijing is 1,000 km away.
const DELTA = [
  city(0, 121.47, 31.23, 10),
  city(1, 120.6, 31.3, 5),
  city(2, 120.3, 31.57, 7),
  city(3, 116.4, 39.9, 12),
];

describe('groupCities', () => {
  it('gathers the cities within the radius under the one with the most outlets', () => {
    // Zoom 4: a degree of longitude is about 5.7 pixels; 44 pixels hold the delta, not Beijing.
    expect(groupCities(DELTA, 4, 44)).toEqual([
      { leader: 3, members: [3] },
      { leader: 0, members: [0, 2, 1] },
    ]);
  });

  it('leaves every city on its own once they stand apart on screen', () => {
    expect(groupCities(DELTA, 9, 44).every((group) => group.members.length === 1)).toBe(true);
  });

  it('takes a city once, into the group of the first leader that reaches it', () => {
    const groups = groupCities(DELTA, 2, 200);
    const members = groups.flatMap((group) => group.members).sort();
    expect(members).toEqual([0, 1, 2, 3]);
  });

  it('breaks a tie in counts by the lower position, whatever the input order', () => {
    const twins = [city(5, 121, 31, 4), city(2, 121.01, 31, 4)];
    expect(groupCities(twins, 4, 44)).toEqual([{ leader: 2, members: [2, 5] }]);
    expect(groupCities([...twins].reverse(), 4, 44)).toEqual([{ leader: 2, members: [2, 5] }]);
  });
});
