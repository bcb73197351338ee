import { loadOutletsCsv } from '../../../../src/data/sources/load-csv';
import { parseTargetsCsv } from '../../../../src/data/sources/import-targets-csv';
import { makeNetwork } from '../../fixtures/network';

const OUTLETS = [
  'id,kind,name_en,name_zh,city_id,operator_en,operator_zh,services,address_en,address_zh,lon,lat,stage,stage_date',
  'ps-1,partner-store,A,甲,suzhou,P,伙伴,sales,R,路,120.62,31.31,signed,2023-12-29',
].join('\n');

const { cities } = makeNetwork();

function load(targetsCsv: string) {
  return loadOutletsCsv(OUTLETS, {
    cities,
    fileName: 'outlets.csv',
    targets: parseTargetsCsv(targetsCsv, 'targets.csv'),
  });
}

describe('importing targets from a CSV', () => {
  it('reads each row as a target: kind and stage optional, dates as spreadsheets write them', () => {
    const { network, issues } = load(
      [
        '\uFEFFid,city_id,kind,stage,count,due,note_en,note_zh',
        'sz-ps-open,suzhou,partner-store,open,3,2024/3/31,First 2S stores open,首批2S店开业',
        'bj-any,beijing,,,2,2024-06-30,,',
        'hk-signed,haikou,fusion-store,signed,1,2024-02-15,,',
      ].join('\r\n'),
    );
    expect(issues).toEqual([]);
    expect(network.targets).toEqual([
      {
        id: 'sz-ps-open',
        cityId: 'suzhou',
        kind: 'partner-store',
        stage: 'open',
        count: 3,
        due: '2024-03-31',
        note: { en: 'First 2S stores open', zh: '首批2S店开业' },
      },
      { id: 'bj-any', cityId: 'beijing', stage: 'open', count: 2, due: '2024-06-30' },
      {
        id: 'hk-signed',
        cityId: 'haikou',
        kind: 'fusion-store',
        stage: 'signed',
        count: 1,
        due: '2024-02-15',
      },
    ]);
  });

  it('reports a bad row by its line and column in the targets file and keeps the others', () => {
    const { network, issues } = load(
      [
        'id;city_id;count;due',
        'ok;suzhou;3;2024-03-31',
        'neg;suzhou;-2;2024-06-30',
        'nowhere;atlantis;1;2024-06-30',
        'when;beijing;1;2024-02-30',
        'ok;beijing;1;2024-02-28',
        'few;beijing;lots;2024-02-28',
      ].join('\n'),
    );
    expect(network.targets?.map((target) => target.id)).toEqual(['ok']);
    expect(issues.map((issue) => `${issue.path}: ${issue.message}`)).toEqual([
      'targets.csv line 3, column "count": must be at least 1 (a target of no outlet is always met)',
      'targets.csv line 4, column "city_id": unknown city id "atlantis"',
      'targets.csv line 5, column "due": not a real calendar date',
      'targets.csv line 6, column "id": duplicate id "ok" (first used by targets[0])',
      'targets.csv line 7, column "count": expected number, got string',
    ]);
    expect(issues.every((issue) => issue.line === undefined)).toBe(true);
  });

  it('lets targets name the cities the outlets file defines', () => {
    const outlets = `${OUTLETS.split('\n')[0]},adcode,region,city_en,city_zh,province_en,province_zh,tier,city_lon,city_lat\nps-2,partner-store,B,乙,wuxi,P,伙伴,sales,R,路,120.3,31.57,planned,2024-01-10,320200,east,Wuxi,无锡,Jiangsu,江苏,2,120.3119,31.4912`;
    const { network, issues } = loadOutletsCsv(outlets, {
      cities,
      targets: parseTargetsCsv('id,city_id,count,due\nwx,wuxi,2,2024-06-30', 'targets.csv'),
    });
    expect(issues).toEqual([]);
    expect(network.targets?.[0]?.cityId).toBe('wuxi');
  });

  it('refuses a file that is not a targets table', () => {
    expect(() => parseTargetsCsv('id,city_id,due\nx,suzhou,2024-03-31', 'plan.csv')).toThrow(
      'plan.csv: line 1 lacks the column "count"',
    );
    expect(() => parseTargetsCsv('id,city_id,count,due\n', 'plan.csv')).toThrow(/no rows/);
    expect(() => parseTargetsCsv('<html></html>', 'plan.csv')).toThrow(/HTML/);
  });

  it('leaves the dataset without a plan when no targets file is given', () => {
    const { network } = loadOutletsCsv(OUTLETS, { cities });
    expect(network).not.toHaveProperty('targets');
  });
});
