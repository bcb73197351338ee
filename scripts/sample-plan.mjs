/**
 * The plan of the bundled sample (scripts/build-sample.mjs): illustrative targets for the 17
 * recruitment cities, as a channel plan of January 2024 could read. The first batch's letters
 * of intent (2023-12-29) and its 2S stores under renovation by 2024-01-15 in the top-tier
 * cities, their opening later; the other cities' partners signed later ("top-tier first, then
 * nationwide"). Against the sample's outlets, as of 2024-01-15: Changsha and Chongqing ahead;
 * Ningbo, Dongguan and Shijiazhuang at risk; Tianjin and Qingdao behind; the other ten on
 * plan — 12 of 17 cities on plan.
 */

// Per city: kind (dc, ps, fs, or * for every kind), stage, count, due date.
const plan = ({ asOf, loi }) => `
suzhou       ps signed 2 ${loi} | ps renovating 1 ${asOf} | ps open 3 2024-03-31
chongqing    ps signed 2 2024-01-31 | fs renovating 1 2024-02-29
ningbo       ps signed 1 ${loi} | ps renovating 1 2024-01-31
nanjing      ps signed 1 ${loi} | ps renovating 1 ${asOf} | * open 3 2024-06-30
wenzhou      ps signed 1 2024-02-29
wuxi         ps signed 1 2024-02-29
xian         ps signed 1 ${loi} | ps renovating 1 ${asOf} | dc signed 1 2024-03-31
foshan       ps signed 1 ${loi} | ps renovating 1 ${asOf}
zhengzhou    ps signed 1 ${loi} | ps renovating 1 ${asOf} | * signed 3 2024-02-29
changsha     ps renovating 1 2024-01-31 | fs renovating 1 2024-02-29
dongguan     ps signed 1 ${loi} | ps renovating 1 2024-02-09
tianjin      ps signed 1 ${loi} | ps renovating 1 2024-01-12
hefei        ps signed 1 ${loi} | ps renovating 1 ${asOf} | ps open 1 2024-03-31
xiamen       fs signed 1 2024-01-31 | ps signed 1 2024-02-29
qingdao      ps signed 1 ${loi} | ps renovating 1 2024-01-10
haikou       ps signed 1 2024-03-31 | fs signed 1 2024-04-30
shijiazhuang ps signed 1 2024-02-09`;

const notes = ({ asOf, loi }) => ({
  [`signed ${loi}`]: {
    en: 'Letters of intent of 29 December 2023 (illustrative target)',
    zh: '2023年12月29日签署合作意向书（示例目标）',
  },
  [`renovating ${asOf}`]: {
    en: 'First batch of 2S stores under renovation by 15 January 2024 (illustrative target)',
    zh: '首批2S门店于2024年1月15日前装修（示例目标）',
  },
});

/**
 * The targets, city by city. `recruiting`: the ids of the recruitment cities, each of which
 * gets targets; `kinds`: the sample's kinds by prefix (`{ ps: { kind: 'partner-store' }, … }`);
 * `loi`: the date of the letters of intent.
 */
export function sampleTargets({ recruiting, kinds, asOf, loi }) {
  const noteFor = notes({ asOf, loi });
  const targets = plan({ asOf, loi })
    .trim()
    .split('\n')
    .flatMap((line) => {
      const [cityId, ...rest] = line.trim().split(/\s+/);
      if (!recruiting.has(cityId)) throw new Error(`${cityId} is not a recruitment city`);
      return rest
        .join(' ')
        .split(' | ')
        .map((target) => {
          const [prefix, stage, count, due] = target.split(' ');
          const kind = kinds[prefix]?.kind;
          if (!kind && prefix !== '*') throw new Error(`unknown kind ${prefix}`);
          const note = noteFor[`${stage} ${due}`];
          return {
            id: `${cityId}-${prefix === '*' ? 'all' : prefix}-${stage}-${due}`,
            cityId,
            ...(kind ? { kind } : {}),
            stage,
            count: Number(count),
            due,
            ...(note ? { note } : {}),
          };
        });
    });
  if (new Set(targets.map((target) => target.cityId)).size !== recruiting.size)
    throw new Error('every recruitment city needs its targets');
  return targets;
}
