/**
 * `node scripts/build-sample.mjs` writes the bundled sample data/sample-network.json (format:
 * src/data/domain/schema.ts). Real: the 24 cities (names, adcodes, WGS-84 points, 2023 tiers) read from
 * data/sources/cities-reference.csv; the 17 recruitment cities and the milestones of the January
 * 2024 news article on William Lu's Weibo posts. Illustrative: every outlet (names, operators,
 * district-level addresses, positions, stages, dates), invented to tell the article's story as
 * of 2024-01-15, and the plan's targets for the 17 recruitment cities (scripts/sample-plan.mjs).
 * Deterministic: a seeded PRNG (mulberry32), no Math.random, no clock.
 */
import console from 'node:console';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sampleTargets } from './sample-plan.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const AS_OF = '2024-01-15';
const LETTERS_OF_INTENT = '2023-12-29';
const ARTICLE =
  'News article "William Lu: Xiaomi EV\'s First Batch of 2S Stores Are Currently Under ' +
  'Renovation" (January 2024), on William Lu\'s Weibo posts of 2 and 15 January 2024';
// The 17 recruitment cities, as the article lists them.
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

// One line per city. Its outlets, one letter each for the stage (P planned, S signed,
// R renovating, O open): dc = Xiaomi-run delivery centers ("1"; none open yet); ps = partner 2S
// stores ("N"; S/R = the first batch, the 14 letters of intent; P = still recruiting; none in
// Haikou and Shijiazhuang: the coverage gap); fs = fusion stores (Xiaomi Home + car). Then its
// districts, "English 中文 bearing km" from the city point, checked against district boundaries
// (outlets land in the district and on land: coastal cities get inland bearings), with its own
// suffix (zh, en) where it is not a 区 District: Dongguan has subdistricts and towns.
const CITY_PLAN = `
beijing      dc=RS fs=ORP      Chaoyang 朝阳 70 7|Haidian 海淀 305 9.5|Fengtai 丰台 215 8.5|Xicheng 西城 280 3.5|Dongcheng 东城 144 2.5
shanghai     dc=RP fs=ORP      Pudong 浦东 112 8.5 新区 New Area|Xuhui 徐汇 204 6.5|Changning 长宁 256 4.5|Putuo 普陀 300 6|Yangpu 杨浦 44 9.5
guangzhou    dc=R fs=RP        Tianhe 天河 70 10|Haizhu 海珠 120 6|Baiyun 白云 5 9
shenzhen     dc=R fs=OP        Nanshan 南山 287 10|Futian 福田 290 3.5|Luohu 罗湖 72 6
hangzhou     dc=S fs=RS        Shangcheng 上城 94 5|Xiaoshan 萧山 115 12|Gongshu 拱墅 353 5
chengdu      dc=S fs=SP        Wuhou 武侯 214 7.5|Chenghua 成华 68 7|Jinniu 金牛 328 5.5
wuhan        dc=S fs=RP        Jiang'an 江岸 32 7.5|Jianghan 江汉 331 3.8|Qiaokou 硚口 290 7
suzhou       ps=RSP fs=S       Gusu 姑苏 75 2.5|Huqiu 虎丘 290 9|Xiangcheng 相城 12 9.5|Gusu 姑苏 20 3.5
chongqing    ps=RSP fs=RP      Yubei 渝北 350 9|Nan'an 南岸 115 6.5|Jiangbei 江北 292 3.5|Shapingba 沙坪坝 270 12|Yubei 渝北 5 13
ningbo       ps=SP fs=P        Yinzhou 鄞州 148 7|Haishu 海曙 257 8|Jiangbei 江北 339 7
nanjing      dc=P ps=RP fs=SP  Jianye 建邺 228 9|Qinhuai 秦淮 149 6|Gulou 鼓楼 322 3.8|Xuanwu 玄武 70 5|Jiangning 江宁 150 13
wenzhou      ps=P fs=P         Lucheng 鹿城 80 3|Ouhai 瓯海 210 7
wuxi         ps=P fs=P         Xinwu 新吴 115 9.5|Liangxi 梁溪 352 3.5
xian         dc=P ps=RP fs=RP  Yanta 雁塔 182 5.5|Weiyang 未央 343 8|Xincheng 新城 52 4|Lianhu 莲湖 304 2.5|Chang'an 长安 176 13.5
foshan       ps=RP fs=P        Nanhai 南海 355 5.5|Chancheng 禅城 255 4|Shunde 顺德 169 8.5
zhengzhou    dc=P ps=RP fs=S   Jinshui 金水 46 7.5|Zhongyuan 中原 282 8|Erqi 二七 212 11.5|Huiji 惠济 0 14
changsha     ps=RP fs=R        Yuhua 雨花 138 8.5|Furong 芙蓉 85 4|Kaifu 开福 17 8.5
dongguan     ps=SP fs=P        Nancheng 南城 200 3.5 街道 Subdistrict|Dongcheng 东城 80 4.5 街道 Subdistrict|Houjie 厚街 220 12 镇 Town
tianjin      ps=SP fs=SP       Hexi 河西 156 6.5|Nankai 南开 228 3.5|Hebei 河北 45 4.3|Hongqiao 红桥 309 4
hefei        ps=RP fs=P        Baohe 包河 156 8.4|Shushan 蜀山 260 6|Yaohai 瑶海 55 7.5
xiamen       ps=P fs=S         Huli 湖里 62 8|Siming 思明 107 5.5
qingdao      ps=SP fs=P        Laoshan 崂山 56 12|Shibei 市北 343 5|Licang 李沧 16 13.5
haikou       fs=P              Meilan 美兰 100 6.5
shijiazhuang fs=P              Chang'an 长安 50 5`;

const STAGE_CODES = { P: 'planned', S: 'signed', R: 'renovating', O: 'open' };
const STAGES = Object.values(STAGE_CODES);
const PLAZAS = ['City Plaza/城市广场', 'Times Square/时代广场', 'Century Plaza/世纪广场'];
// Per kind: services, stage dates (last stage reached drawn in `last`, earlier ones `gap` days
// apart; `recruiting` for planned partner stores), name/operator (% place, # city, @ letter).
const KINDS = {
  dc: {
    kind: 'delivery-center',
    services: ['sales', 'delivery', 'after-sales'],
    timing: { last: ['2023-11-20', '2024-01-12'], gap: [20, 50] },
    name: ['Xiaomi EV Delivery Center %', '小米汽车%交付中心'],
    operator: ['Xiaomi', '小米'],
  },
  ps: {
    kind: 'partner-store',
    services: ['sales', 'after-sales'], // 2S: sales + service, no spare parts or feedback
    timing: { last: ['2024-01-05', AS_OF], gap: [10, 40], fixed: { signed: LETTERS_OF_INTENT } },
    recruiting: { last: ['2024-01-03', AS_OF], gap: [0, 0] },
    name: ['Xiaomi EV Sales & Service %', '小米汽车%销售服务店'],
    operator: ['# partner @ (illustrative)', '#合作伙伴@（示例）'],
  },
  fs: {
    kind: 'fusion-store',
    services: ['sales'],
    timing: { last: ['2023-12-28', AS_OF], gap: [10, 35] }, // the SU7 was revealed on 2023-12-28
    name: ['Xiaomi Home % (fusion)', '小米之家%融合店'],
    operator: ['Xiaomi', '小米'],
  },
};

// --- helpers ---------------------------------------------------------------------------------
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
const fill = ([en, zh], values) => ({
  en: en.replace(/[%#@]/g, (key) => values[key].en),
  zh: zh.replace(/[%#@]/g, (key) => values[key].zh),
});
const addDays = (iso, days) => new Date(Date.parse(iso) + days * 864e5).toISOString().slice(0, 10);
const randDate = ([from, to]) =>
  addDays(from, randInt(0, (Date.parse(to) - Date.parse(from)) / 864e5));

/** Dates for every stage up to `status`, latest first: fixed, or drawn, or backdated by `gap`. */
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
const RECRUITMENT = { status: 'recruiting', since: '2024-01-02' };
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
    recruitment: recruiting.has(id) ? RECRUITMENT : { status: 'none' },
  };
});
const cityById = new Map(cities.map((city) => [city.id, city]));

// --- outlets ---------------------------------------------------------------------------------
const outlets = [];
for (const line of CITY_PLAN.trim().split('\n')) {
  const split = line.search(/\s[A-Z]/); // lowercase plan first, then capitalised districts
  const [cityId, ...plan] = line.slice(0, split).trim().split(/\s+/);
  const districts = line.slice(split + 1).split('|');
  const city = cityById.get(cityId);
  if (!city) throw new Error(`${cityId} is not in the CSV`);
  for (const [prefix, codes] of plan.map((token) => token.split('='))) {
    if (prefix === 'ps' && !recruiting.has(cityId)) throw new Error(`${cityId} is not recruiting`);
    const { kind, services, timing, recruiting: recruitingTiming, name, operator } = KINDS[prefix];
    for (const [n, status] of [...codes].map((code, i) => [i + 1, STAGE_CODES[code]])) {
      const taken = outlets.filter((o) => o.cityId === cityId).length; // round-robin
      const [en, zh, bearing, km, sufZh = '区', ...suffix] =
        districts[taken % districts.length].split(' ');
      const sufEn = suffix.join(' ') || 'District';
      const [plazaEn, plazaZh] =
        prefix === 'fs' ? PLAZAS[randInt(0, PLAZAS.length - 1)].split('/') : [];
      const place = { en: [en, plazaEn].join(' ').trim(), zh: zh + (plazaZh ?? '') };
      const letter = String.fromCharCode(64 + n);
      const values = { '%': place, '#': city.name, '@': { en: letter, zh: letter } };
      const distance = Math.min(15, Math.max(2, Number(km) * between(0.85, 1.15)));
      outlets.push({
        id: `${prefix}-${cityId}-${n}`,
        cityId,
        kind,
        name: fill(name, values),
        operator: fill(operator, values),
        status,
        stages: stagesFor(status, (status === 'planned' && recruitingTiming) || timing),
        services,
        address: { en: `${en} ${sufEn}, ${city.name.en}`, zh: `${city.name.zh}市${zh}${sufZh}` },
        point: offset(city.point, Number(bearing) + between(-12, 12), distance),
      });
    }
  }
}

// --- self-checks -----------------------------------------------------------------------------
for (const { id, status, stages } of outlets) {
  const dates = Object.values(stages);
  const unordered = dates.some((date, i) => date > AS_OF || (i > 0 && dates[i - 1] > date));
  if (!stages[status] || unordered) throw new Error(`bad stage dates: ${id}`);
}
const partners = outlets.filter((o) => o.kind === 'partner-store');
const firstBatch = partners.filter((o) => o.stages.signed === LETTERS_OF_INTENT);
if (firstBatch.length !== 14) throw new Error(`first batch has ${firstBatch.length} partners`);
const names = new Set(outlets.map((o) => o.name.en));
if (names.size !== outlets.length) throw new Error('outlet names are not unique');

// --- targets (scripts/sample-plan.mjs) -------------------------------------------------------
const targets = sampleTargets({ recruiting, kinds: KINDS, asOf: AS_OF, loi: LETTERS_OF_INTENT });

// The milestones of the article: "date | title" (en | zh), then the description in en and zh.
const MILESTONES = `
${LETTERS_OF_INTENT} | Letters of intent with the first 14 partners | 与首批14家销售服务合作伙伴签署合作意向书
Xiaomi Group signs letters of intent for cooperation with the first batch of 14 sales-and-service partners at its headquarters in Beijing: the car retail model moves from planning to implementation.
小米集团在北京总部与首批14家汽车销售服务合作伙伴签署合作意向书，小米汽车新零售模式从规划阶段进入落地阶段。
2024-01-02 | Signing announced; partner recruitment in 17 cities | 卢伟冰微博公布签约，17城招募合作伙伴
William Lu announces the signing on Weibo. The "1+N" network (self-run delivery centers plus partner and fusion stores) covers the top-tier market first; partners are recruited in 17 cities: ${RECRUITING.join(', ')}.
卢伟冰在微博公布签约。“1+N”渠道（自建自营交付中心＋合作伙伴门店与融合店）优先覆盖头部市场；苏州、重庆、宁波、南京、温州、无锡、西安、佛山、郑州、长沙、东莞、天津、合肥、厦门、青岛、海口、石家庄17城招募合作伙伴。
${AS_OF} | First batch of 2S stores under renovation | 首批2S门店装修中
William Lu reports on Weibo that the first sales-and-service partners have signed contracts and the first batch of 2S stores (sales + service) is under renovation, to serve car users as scheduled.
卢伟冰在微博透露，首批销售服务合作伙伴已完成签约，首批2S门店（销售＋服务）正在装修，将按计划为车主提供服务。`
  .trim()
  .split('\n');
const network = {
  meta: {
    title: { en: 'Xiaomi EV sales & service network', zh: '小米汽车销售服务网络' },
    asOf: AS_OF,
    source:
      `Cities, recruitment, tiers and rollout milestones: ${ARTICLE}; and the city reference ` +
      'table data/sources/cities-reference.csv (GeoNames WGS-84 points, Rising Lab / Yicai 2023 ' +
      'city tiers). Outlets (names, operators, addresses, positions, stages and dates) are ' +
      "illustrative, not real stores; so are the targets, not Xiaomi's plan.",
    illustrative: true,
    crs: 'WGS84',
    tierYear: 2023,
  },
  cities,
  outlets,
  milestones: MILESTONES.flatMap((line, i) => {
    const [date, en, zh] = line.split(' | ');
    const description = { en: MILESTONES[i + 1], zh: MILESTONES[i + 2] };
    return zh ? [{ date, title: { en, zh }, description, source: ARTICLE }] : [];
  }),
  targets,
};
writeFileSync(path.join(ROOT, 'data/sample-network.json'), `${JSON.stringify(network, null, 2)}\n`);
console.log(
  `wrote data/sample-network.json: ${cities.length} cities, ${outlets.length} outlets, ${targets.length} targets`,
);
