import type { Feature, FeatureCollection } from 'geojson';
import { adcodeOf, districtsOf, prefecturesOf } from '../../../../scripts/basemap/admin-units';

const square = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ],
  ],
};
const unit = (properties: Record<string, string>): Feature => ({
  type: 'Feature',
  properties,
  geometry: square,
});
const collection = (...features: Feature[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features,
});

const provinces = new Map([
  ['110000', '北京市'],
  ['320000', '江苏省'],
  ['420000', '湖北省'],
  ['440000', '广东省'],
  ['540000', '西藏自治区'],
  ['810000', '香港特别行政区'],
]);

const level2 = collection(
  unit({ gb: '156320500', full_name: '苏州市', province: '江苏省' }),
  unit({ gb: '156110000', full_name: '北京市', province: '北京市' }),
  unit({ gb: '156429004', full_name: '仙桃市', province: '湖北省' }),
  unit({ gb: '156441900', full_name: '东莞市', province: '广东省' }),
  unit({ gb: '156540400', full_name: '林芝市', province: '西藏自治区' }),
  unit({ gb: '156810000', full_name: '香港特别行政区', province: '香港特别行政区' }),
  {
    type: 'Feature',
    properties: { name: '境界线', gb: '' },
    geometry: {
      type: 'LineString',
      coordinates: [
        [0, 0],
        [1, 1],
      ],
    },
  },
);

describe('adcodeOf', () => {
  it('reads the 6-digit code from the source’s gb, with the codes it has not caught up with', () => {
    expect(adcodeOf('156320508')).toBe('320508');
    expect(adcodeOf('156540422')).toBe('540481');
    expect(() => adcodeOf('')).toThrow(/Not a Chinese administrative code/);
  });
});

describe('prefecturesOf', () => {
  it('reads the polygons sorted by code, with names and province, skipping lines', () => {
    const units = prefecturesOf(level2, provinces).map((u) => u.properties);
    expect(units.map((p) => p.id)).toEqual([
      '110000',
      '320500',
      '429004',
      '441900',
      '540400',
      '810000',
    ]);
    expect(units[1]).toEqual({
      id: '320500',
      name_zh: '苏州市',
      name_en: 'Suzhou',
      province: '320000',
    });
    expect(units[5]!.name_en).toBe('Hong Kong');
  });

  it('refuses a unit whose province name does not match its code', () => {
    const wrong = collection(unit({ gb: '156320500', full_name: '苏州市', province: '浙江省' }));
    expect(() => prefecturesOf(wrong, provinces)).toThrow(/province 浙江省, expected 江苏省/);
  });
});

describe('districtsOf', () => {
  const prefectures = prefecturesOf(level2, provinces).map((u) => u.properties);
  const district = (properties: Record<string, string>) =>
    districtsOf(collection(unit(properties)), prefectures, provinces)[0]!.properties;

  it('puts a district in the prefecture the source names', () => {
    expect(
      district({ gb: '156320508', full_name: '姑苏区', city: ' 苏州市', province: '江苏省' }),
    ).toEqual({
      id: '320508',
      name_zh: '姑苏区',
      name_en: 'Gusu',
      prefecture: '320500',
      province: '320000',
    });
    expect(
      district({ gb: '156441900', full_name: '东莞市', city: ' 东莞市', province: '广东省' })
        .prefecture,
    ).toBe('441900');
  });

  it('puts a municipality’s or Hong Kong’s districts in the municipality or the region', () => {
    expect(district({ gb: '156110105', full_name: '朝阳区', province: '北京市' }).prefecture).toBe(
      '110000',
    );
    expect(
      district({ gb: '156810107', full_name: '湾仔区', province: '香港特别行政区' }),
    ).toMatchObject({
      name_en: 'Wan Chai',
      prefecture: '810000',
    });
  });

  it('puts a directly administered county-level city in the prefecture-level unit of its code', () => {
    expect(district({ gb: '156429004', full_name: '仙桃市', province: '湖北省' }).prefecture).toBe(
      '429004',
    );
  });

  it('gives a county that became a city its new code', () => {
    expect(
      district({ gb: '156540422', full_name: '米林市', city: ' 林芝市', province: '西藏自治区' }),
    ).toMatchObject({
      id: '540481',
      prefecture: '540400',
    });
  });

  it('refuses a district with no prefecture, or two districts with one code', () => {
    expect(() =>
      district({ gb: '156320199', full_name: '某区', city: ' 南京市', province: '江苏省' }),
    ).toThrow(/no prefecture/);
    expect(() => district({ gb: '156429099', full_name: '某市', province: '湖北省' })).toThrow(
      /no prefecture/,
    );
    const twice = unit({
      gb: '156320508',
      full_name: '姑苏区',
      city: ' 苏州市',
      province: '江苏省',
    });
    expect(() => districtsOf(collection(twice, twice), prefectures, provinces)).toThrow(
      /Two units/,
    );
  });
});
