/**
 * Builds the bundled sample dataset `data/sample-network.json` (format: src/data/schema.ts).
 *
 * Real: the 24 cities (names, adcodes, WGS-84 points and 2023 tiers, read from
 * data/sources/cities-reference.csv), the 17 recruitment cities and the rollout milestones
 * (from the January 2024 news article on William Lu's Weibo posts).
 * Illustrative: every outlet. Names, operators, district-level addresses, positions, stages
 * and dates are invented to tell the article's story as of 2024-01-15.
 *
 * Deterministic (seeded mulberry32 PRNG, no Math.random, no clock): `node scripts/build-sample.mjs`
 */
import console from 'node:console';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const AS_OF = '2024-01-15';
const FIRST_BATCH_SIGNED = '2023-12-29';
const ARTICLE =
  'News article "William Lu: Xiaomi EV\'s First Batch of 2S Stores Are Currently Under ' +
  'Renovation" (January 2024), on William Lu\'s Weibo posts of 2 and 15 January 2024';
// The 17 recruitment cities named in the article, in its order.
const RECRUITING = [
  ...['Suzhou', 'Chongqing', 'Ningbo', 'Nanjing', 'Wenzhou', 'Wuxi', "Xi'an", 'Foshan'],
  ...['Zhengzhou', 'Changsha', 'Dongguan', 'Tianjin', 'Hefei', 'Xiamen', 'Qingdao', 'Haikou'],
  'Shijiazhuang',
];
// Standard Chinese geographic regions, by province.
const REGIONS = {
  north: ['Beijing', 'Tianjin', 'Hebei', 'Shanxi', 'Inner Mongolia'],
  northeast: ['Liaoning', 'Jilin', 'Heilongjiang'],
  east: ['Shanghai', 'Jiangsu', 'Zhejiang', 'Anhui', 'Fujian', 'Jiangxi', 'Shandong'],
  central: ['Henan', 'Hubei', 'Hunan'],
  south: ['Guangdong', 'Guangxi', 'Hainan'],
  southwest: ['Chongqing', 'Sichuan', 'Guizhou', 'Yunnan', 'Tibet'],
  northwest: ['Shaanxi', 'Gansu', 'Qinghai', 'Ningxia', 'Xinjiang'],
};

// The story, one line per city: the stages of its outlets. dc = Xiaomi-run delivery centers
// ("1"); ps = partner 2S stores ("N"): `signed`/`renovating` ones are the first batch (the 14
// letters of intent of 2023-12-29), `planned` ones are still being recruited; fs = fusion
// stores (Xiaomi Home stores adding the car). Haikou and Shijiazhuang recruit but have no
// partner store yet: the coverage gap. Nothing is delivered yet; fusion stores open from the
// SU7 reveal of 2023-12-28 at the earliest.
const PLAN = `
beijing      dc=renovating,signed               fs=open,renovating,planned
shanghai     dc=renovating,planned              fs=open,renovating,planned
guangzhou    dc=renovating                      fs=renovating,planned
shenzhen     dc=renovating                      fs=open,planned
hangzhou     dc=signed                          fs=renovating,signed
chengdu      dc=signed                          fs=signed,planned
wuhan        dc=signed                          fs=renovating,planned
suzhou       ps=renovating,signed,planned       fs=signed
chongqing    ps=renovating,signed,planned       fs=renovating,planned
ningbo       ps=signed,planned                  fs=planned
nanjing      dc=planned ps=renovating,planned   fs=signed,planned
wenzhou      ps=planned                         fs=planned
wuxi         ps=planned                         fs=planned
xian         dc=planned ps=renovating,planned   fs=renovating,planned
foshan       ps=renovating,planned              fs=planned
zhengzhou    dc=planned ps=renovating,planned   fs=signed
changsha     ps=renovating,planned              fs=renovating
dongguan     ps=signed,planned                  fs=planned
tianjin      ps=signed,planned                  fs=signed,planned
hefei        ps=renovating,planned              fs=planned
xiamen       ps=planned                         fs=signed
qingdao      ps=signed,planned                  fs=planned
haikou                                          fs=planned
shijiazhuang                                    fs=planned`;

// Urban districts per city as "English 中文 bearing km": direction (degrees from north) and
// distance from the city point. Checked against district boundaries: each lands inside its
// district, on land (coastal cities only get inland bearings). Dongguan has no districts, so
// its entries are subdistricts/towns with their own suffixes.
const DISTRICTS = `
beijing      Chaoyang 朝阳 70 7|Haidian 海淀 305 9.5|Fengtai 丰台 215 8.5|Xicheng 西城 280 3.5|Dongcheng 东城 120 2.5|Daxing 大兴 165 12
shanghai     Pudong 浦东新 112 8.5|Xuhui 徐汇 198 7|Changning 长宁 259 7.5|Putuo 普陀 302 7.5|Yangpu 杨浦 37 9.5|Minhang 闵行 218 10.5
guangzhou    Tianhe 天河 70 10|Haizhu 海珠 118 8|Baiyun 白云 5 9|Yuexiu 越秀 52 3.5|Liwan 荔湾 222 4
shenzhen     Nanshan 南山 287 10|Futian 福田 290 3.5|Luohu 罗湖 65 7.5|Longgang 龙岗 22 10|Longhua 龙华 336 10
hangzhou     Shangcheng 上城 94 5|Binjiang 滨江 165 12.5|Gongshu 拱墅 353 5|Xihu 西湖 280 7|Yuhang 余杭 303 10
chengdu      Wuhou 武侯 214 7.5|Chenghua 成华 68 7|Jinniu 金牛 349 7|Jinjiang 锦江 148 8.5|Qingyang 青羊 283 8.5
wuhan        Jiang'an 江岸 32 7.5|Jianghan 江汉 331 3.8|Qiaokou 硚口 290 7|Dongxihu 东西湖 318 10
suzhou       Gusu 姑苏 75 2.5|Huqiu 虎丘 290 5|Xiangcheng 相城 12 9.5|Wuzhong 吴中 140 5.5
chongqing    Yubei 渝北 350 9|Nan'an 南岸 115 6.5|Jiangbei 江北 33 5|Jiulongpo 九龙坡 230 8.5|Shapingba 沙坪坝 272 11
ningbo       Yinzhou 鄞州 148 7|Haishu 海曙 257 8|Jiangbei 江北 339 7|Zhenhai 镇海 30 10.5
nanjing      Jianye 建邺 232 8.5|Qinhuai 秦淮 149 6|Gulou 鼓楼 322 3.8|Xuanwu 玄武 105 4|Jiangning 江宁 139 11
wenzhou      Lucheng 鹿城 80 3|Ouhai 瓯海 210 7|Longwan 龙湾 119 10
wuxi         Xinwu 新吴 115 9.5|Liangxi 梁溪 40 2.5|Huishan 惠山 330 9|Xishan 锡山 57 9.5
xian         Yanta 雁塔 182 5.5|Weiyang 未央 343 8|Xincheng 新城 73 5.5|Lianhu 莲湖 299 4|Chang'an 长安 203 9.5
foshan       Nanhai 南海 355 5.5|Chancheng 禅城 255 4|Shunde 顺德 169 8.5
zhengzhou    Jinshui 金水 46 7.5|Zhongyuan 中原 282 8|Erqi 二七 209 8.5|Huiji 惠济 350 10.5
changsha     Yuhua 雨花 138 8.5|Furong 芙蓉 87 7.5|Kaifu 开福 17 8.5|Yuelu 岳麓 285 5|Tianxin 天心 170 8
dongguan     Nancheng 南城 200 3.5 Subdistrict 街道|Dongcheng 东城 80 4.5 Subdistrict 街道|Houjie 厚街 220 12 Town 镇
tianjin      Hexi 河西 150 5.5|Nankai 南开 212 5|Hebei 河北 45 4.3|Hongqiao 红桥 309 4|Hedong 河东 110 6.8
hefei        Baohe 包河 156 8.4|Shushan 蜀山 265 7|Yaohai 瑶海 55 7.5|Luyang 庐阳 330 4
xiamen       Huli 湖里 50 7|Siming 思明 107 5.5|Haicang 海沧 275 6
qingdao      Laoshan 崂山 50 10|Shibei 市北 343 5|Licang 李沧 15 11|Shinan 市南 70 3
haikou       Meilan 美兰 100 6.5|Longhua 龙华 197 7.5|Qiongshan 琼山 156 7.5
shijiazhuang Chang'an 长安 50 5|Qiaoxi 桥西 240 4|Xinhua 新华 333 5|Yuhua 裕华 116 6`;

const STAGES = ['planned', 'signed', 'renovating', 'open'];
const XIAOMI = { en: 'Xiaomi', zh: '小米' };
const PLAZAS = [
  ['City Plaza', '城市广场'],
  ['Times Square', '时代广场'],
  ['Century Plaza', '世纪广场'],
];
const KINDS = {
  dc: {
    kind: 'delivery-center',
    services: ['sales', 'delivery', 'after-sales'],
    timing: () => ({ last: ['2023-11-20', '2024-01-12'], gap: [20, 50] }),
    describe: (d) => ({
      name: { en: `Xiaomi EV Delivery Center ${d.en}`, zh: `小米汽车${d.zh}交付中心` },
      operator: XIAOMI,
    }),
  },
  ps: {
    kind: 'partner-store',
    services: ['sales', 'after-sales'], // a 2S store: sales + service, no spare parts
    timing: (status) =>
      status === 'planned'
        ? { last: ['2024-01-03', AS_OF], gap: [0, 0] }
        : { last: ['2024-01-05', AS_OF], gap: [10, 40], fixed: { signed: FIRST_BATCH_SIGNED } },
    describe: (d, city, n) => {
      const letter = String.fromCharCode(64 + n);
      return {
        name: { en: `Xiaomi EV Sales & Service ${d.en}`, zh: `小米汽车${d.zh}销售服务店` },
        operator: {
          en: `${city.name.en} partner ${letter} (illustrative)`,
          zh: `${city.name.zh}合作伙伴${letter}（示例）`,
        },
      };
    },
  },
  fs: {
    kind: 'fusion-store',
    services: ['sales'],
    timing: () => ({ last: ['2023-12-28', AS_OF], gap: [10, 35] }),
    describe: (d) => {
      const [en, zh] = PLAZAS[randInt(0, PLAZAS.length - 1)];
      return {
        name: { en: `Xiaomi Home ${d.en} ${en} (fusion)`, zh: `小米之家${d.zh}${zh}融合店` },
        operator: XIAOMI,
      };
    },
  },
};

// --- deterministic helpers -------------------------------------------------------------------
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(20240115);
const between = (min, max) => min + (max - min) * random();
const randInt = (min, max) => Math.floor(between(min, max + 1));
const addDays = (iso, days) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);
const randDate = ([from, to]) =>
  addDays(from, randInt(0, (Date.parse(to) - Date.parse(from)) / 864e5));
const table = (text) => text.match(/^.*\S.*$/gm).map((line) => line.trim().split(/\s+/));

/** Dates for every stage up to `status`: the last one drawn from `last` (unless fixed), the
 * earlier ones each `gap` days before the next one. */
function stagesFor(status, { last, gap, fixed = {} }) {
  const reached = STAGES.slice(0, STAGES.indexOf(status) + 1);
  const dates = {};
  for (const [i, stage] of [...reached].reverse().entries()) {
    const later = dates[reached[reached.length - i]];
    dates[stage] = fixed[stage] ?? (later ? addDays(later, -randInt(...gap)) : randDate(last));
  }
  return Object.fromEntries(reached.map((stage) => [stage, dates[stage]]));
}

/** The point `km` away from `point` towards `bearing` (degrees clockwise from north). */
function offset(point, bearing, km) {
  const rad = (bearing * Math.PI) / 180;
  const degPerKm = 180 / (Math.PI * 6371);
  const lat = point.lat + km * Math.cos(rad) * degPerKm;
  const lon = point.lon + (km * Math.sin(rad) * degPerKm) / Math.cos((point.lat * Math.PI) / 180);
  return { lon: Math.round(lon * 1e4) / 1e4, lat: Math.round(lat * 1e4) / 1e4 };
}

// --- cities ----------------------------------------------------------------------------------
const csv = readFileSync(path.join(ROOT, 'data/sources/cities-reference.csv'), 'utf8');
const [header, ...rows] = csv.match(/[^\r\n]+/g).map((line) => line.split(','));
const slug = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, ''); // Xi'an -> xian
const recruiting = new Set(RECRUITING.map(slug));
const cities = rows.map((row) => {
  const r = Object.fromEntries(header.map((key, i) => [key, row[i]]));
  const region = Object.keys(REGIONS).find((key) => REGIONS[key].includes(r.province_en));
  if (!region) throw new Error(`no region for province ${r.province_en}`);
  const id = slug(r.city_en);
  return {
    id,
    name: { en: r.city_en, zh: r.city_zh.replace(/市$/, '') },
    province: { en: r.province_en, zh: r.province_zh.replace(/(省|市)$/, '') },
    adcode: r.adcode,
    region,
    tier: r.tier_2023,
    point: { lon: Number(r.lon_wgs84), lat: Number(r.lat_wgs84) },
    recruitment: recruiting.has(id)
      ? { status: 'recruiting', since: '2024-01-02' }
      : { status: 'none' },
  };
});
const cityById = new Map(cities.map((city) => [city.id, city]));
for (const id of recruiting) if (!cityById.has(id)) throw new Error(`${id} not in the CSV`);

// --- outlets ---------------------------------------------------------------------------------
const districts = new Map(table(DISTRICTS).map(([id, ...rest]) => [id, rest.join(' ').split('|')]));
const outlets = [];

function addOutlet(prefix, city, status) {
  const { kind, services, timing, describe } = KINDS[prefix];
  const n = outlets.filter((o) => o.cityId === city.id && o.kind === kind).length + 1;
  const pool = districts.get(city.id);
  const taken = outlets.filter((o) => o.cityId === city.id).length; // round-robin over districts
  const [en, zh, bearing, km, sufEn = 'District', sufZh = '区'] =
    pool[taken % pool.length].split(' ');
  const distance = Math.min(15, Math.max(2, Number(km) * between(0.85, 1.15)));
  outlets.push({
    id: `${prefix}-${city.id}-${n}`,
    cityId: city.id,
    kind,
    ...describe({ en, zh }, city, n),
    status,
    stages: stagesFor(status, timing(status)),
    services,
    address: { en: `${en} ${sufEn}, ${city.name.en}`, zh: `${city.name.zh}市${zh}${sufZh}` },
    point: offset(city.point, Number(bearing) + between(-12, 12), distance),
  });
}

for (const [cityId, ...columns] of table(PLAN)) {
  for (const [prefix, statuses] of columns.map((column) => column.split('='))) {
    if (prefix === 'ps' && !recruiting.has(cityId)) throw new Error(`${cityId} is not recruiting`);
    for (const status of statuses.split(',')) addOutlet(prefix, cityById.get(cityId), status);
  }
}

// --- self-checks -----------------------------------------------------------------------------
for (const { id, status, stages } of outlets) {
  const dates = Object.values(stages);
  if (!stages[status] || dates.some((date, i) => date > AS_OF || (i > 0 && dates[i - 1] > date))) {
    throw new Error(`bad stage dates for ${id}: ${JSON.stringify(stages)}`);
  }
}
const firstBatch = outlets.filter(
  (o) => o.kind === 'partner-store' && o.stages.signed === FIRST_BATCH_SIGNED,
);
if (firstBatch.length !== 14) throw new Error(`first batch has ${firstBatch.length} partners`);
const names = new Set(outlets.map((o) => o.name.en));
if (names.size !== outlets.length) throw new Error('duplicate outlet names');

// --- document --------------------------------------------------------------------------------
const MILESTONES = [
  [
    '2023-12-29',
    'Letters of intent with the first 14 partners',
    '与首批14家销售服务合作伙伴签署合作意向书',
    'Xiaomi Group signs letters of intent for cooperation with the first batch of 14 sales-and-service partners at its headquarters in Beijing: the car retail model moves from planning to implementation.',
    '小米集团在北京总部与首批14家汽车销售服务合作伙伴签署合作意向书，小米汽车新零售模式从规划阶段进入落地阶段。',
  ],
  [
    '2024-01-02',
    'Signing announced; partner recruitment in 17 cities',
    '卢伟冰微博公布签约，17城招募合作伙伴',
    `William Lu announces the signing on Weibo. The "1+N" network (self-run delivery centers plus partner and fusion stores) covers the top-tier market first; partners are recruited in 17 cities: ${RECRUITING.join(', ')}.`,
    '卢伟冰在微博公布签约。“1+N”渠道（自建自营交付中心＋合作伙伴门店与融合店）优先覆盖头部市场；苏州、重庆、宁波、南京、温州、无锡、西安、佛山、郑州、长沙、东莞、天津、合肥、厦门、青岛、海口、石家庄17城招募合作伙伴。',
  ],
  [
    AS_OF,
    'First batch of 2S stores under renovation',
    '首批2S门店装修中',
    'William Lu reports on Weibo that the first sales-and-service partners have signed contracts and the first batch of 2S stores (sales + service) is under renovation, to serve car users as scheduled.',
    '卢伟冰在微博透露，首批销售服务合作伙伴已完成签约，首批2S门店（销售＋服务）正在装修，将按计划为车主提供服务。',
  ],
];
const network = {
  meta: {
    title: { en: 'Xiaomi EV sales & service network', zh: '小米汽车销售服务网络' },
    asOf: AS_OF,
    source:
      `Cities, recruitment, tiers and rollout milestones: ${ARTICLE}; and the city reference ` +
      'table data/sources/cities-reference.csv (GeoNames WGS-84 points, Rising Lab / Yicai 2023 ' +
      'city tiers). Outlets (names, operators, addresses, positions, stages and dates) are ' +
      'illustrative, not real stores.',
    illustrative: true,
    crs: 'WGS84',
    tierYear: 2023,
  },
  cities,
  outlets,
  milestones: MILESTONES.map(([date, titleEn, titleZh, en, zh]) => ({
    date,
    title: { en: titleEn, zh: titleZh },
    description: { en, zh },
    source: ARTICLE,
  })),
};

writeFileSync(path.join(ROOT, 'data/sample-network.json'), `${JSON.stringify(network, null, 2)}\n`);
const keys = outlets.map((o) => `${o.kind} ${o.status}`);
const tally = Object.fromEntries(
  [...new Set(keys)].map((k) => [k, keys.filter((x) => x === k).length]),
);
console.log(`data/sample-network.json: ${cities.length} cities, ${outlets.length} outlets`, tally);
