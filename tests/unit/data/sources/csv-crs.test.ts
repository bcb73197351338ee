import { convertPoint } from '../../../../src/data/domain/crs';
import { parseCrs } from '../../../../src/data/sources/csv-rows';
import { loadOutletsCsv } from '../../../../src/data/sources/load-csv';
import { needsCrsAnswer } from '../../../../src/data/sources/load-errors';
import { parseNetworkFile } from '../../../../src/data/sources/parse-file';
import { makeNetwork } from '../../fixtures/network';

const cities = makeNetwork().cities;
const HEADER =
  'id,kind,name_en,name_zh,city_id,operator_en,operator_zh,services,address_en,address_zh,lon,lat,stage,stage_date';
const row = (id: string) =>
  `${id},partner-store,A,甲,suzhou,P,伙伴,sales,Road,路,120.62,31.31,signed,2023-12-29`;
const mixed = [`${HEADER},crs`, `${row('ps-1')},GCJ02`, `${row('ps-2')},`].join('\n');
const plain = [HEADER, row('ps-1')].join('\n');

describe('a CSV whose rows leave the coordinate system blank', () => {
  it('skips those rows with a problem on their crs cell, rather than guessing', () => {
    const loaded = loadOutletsCsv(mixed, { cities });
    expect(loaded.network.outlets.map((outlet) => outlet.id)).toEqual(['ps-1']);
    expect(loaded.issues).toEqual([
      expect.objectContaining({
        path: 'line 3, column "crs"',
        severity: 'error',
        message: expect.stringMatching(/^blank, in a file with a crs column: .*row skipped$/),
      }),
    ]);
    expect(loaded.coordinates).toEqual({ crs: 'GCJ02', named: true, given: false, blankRows: 1 });
    expect(needsCrsAnswer(loaded)).toBe(true);
  });

  it('takes a given system for them, with a warning each', () => {
    const loaded = loadOutletsCsv(mixed, { cities, crs: 'BD09', crsGivenAs: 'chosen' });
    expect(loaded.network.outlets).toHaveLength(2);
    expect(loaded.network.outlets[1]!.point).toEqual(
      convertPoint({ lon: 120.62, lat: 31.31 }, 'BD09', 'BD09'),
    );
    expect(loaded.issues).toEqual([
      expect.objectContaining({
        path: 'line 3, column "crs"',
        severity: 'warning',
        message: 'blank: the point was taken as BD09 (chosen)',
      }),
    ]);
    expect(needsCrsAnswer(loaded)).toBe(false);
  });
});

describe('a CSV that names no coordinate system at all', () => {
  it('needs an answer, and says in the Data quality list what was assumed', () => {
    const loaded = parseNetworkFile(
      { name: 'plain.csv', type: 'text/csv' },
      plain,
      cities,
      undefined,
    );
    expect(needsCrsAnswer(loaded)).toBe(true);
    expect(loaded.issues[0]).toEqual({
      path: 'crs',
      severity: 'warning',
      message:
        'the file does not name the coordinate system of its points; they were taken as WGS84 (assumed: nothing said which)',
    });
  });

  it('says which system was chosen once the user answered', () => {
    const file = { name: 'plain.csv', type: 'text/csv' };
    const loaded = parseNetworkFile(file, plain, cities, undefined, 'WGS84', 'GCJ02');
    expect(needsCrsAnswer(loaded)).toBe(false);
    expect(loaded.network.meta.crs).toBe('GCJ02');
    expect(loaded.issues[0]?.message).toMatch(
      /taken as GCJ02 \(as chosen when the file was opened\)$/,
    );
  });

  it('asks nothing of a JSON dataset, which declares its system in meta', () => {
    const file = { name: 'n.json', type: 'application/json' };
    const loaded = parseNetworkFile(file, JSON.stringify(makeNetwork()), cities, undefined);
    expect(needsCrsAnswer(loaded)).toBe(false);
  });
});

describe('parseCrs', () => {
  it('reads names as people write them, and nothing from the prototype', () => {
    expect(parseCrs('gcj-02')).toBe('GCJ02');
    expect(parseCrs('Baidu')).toBe('BD09');
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty'])
      expect(parseCrs(name)).toBeUndefined();
  });
});
