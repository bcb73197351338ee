import { parseCount } from '../../scripts/data-synth';

export interface BenchArgs {
  /** Dataset sizes in outlets, smallest first. */
  sizes: number[];
  runs: number;
  seed: number;
  /** Reuse .tmp/bench/{app,floor} instead of building. */
  skipBuild: boolean;
  /** Also record a CPU profile of the app at `profileSize` (unminified build). */
  profile: boolean;
  profileSize: number;
  /** Longest wait for one step, ms. */
  timeout: number;
  /** Update bench/README.md's results section. */
  updateReadme: boolean;
  /** Only the profile, no benchmark runs. */
  profileOnly: boolean;
  /** Also time the plan's derivations in Node (bench/plan-timing.ts) at 100k outlets, 5k targets. */
  plan: boolean;
}

export const USAGE = `npm run bench -- [options]
  --runs R         runs per page and size (default 5)
  --quick          1k and 10k outlets, 2 runs each
  --huge           add 1M outlets (skipped if the page cannot load it)
  --sizes LIST     e.g. 1k,10k,100k (default)
  --seed S         synthetic data seed (default 1)
  --skip-build     reuse the builds in .tmp/bench/
  --profile [N]    also profile the app (unminified) at N outlets (default 100k)
  --profile-only [N]  only the profile
  --timeout S      longest wait for one step, seconds (default 300)
  --no-plan        leave out the plan and changes timing (Node, 100k outlets, 5k targets)
  --no-readme      do not update bench/README.md`;

/** Parses `npm run bench` options; throws with the usage on anything unknown. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = {
    sizes: [1_000, 10_000, 100_000],
    runs: 5,
    seed: 1,
    skipBuild: false,
    profile: false,
    profileSize: 100_000,
    timeout: 300_000,
    updateReadme: true,
    profileOnly: false,
    plan: true,
  };
  let quick = false;
  let huge = false;
  let runs: number | null = null;
  for (let i = 0; i < argv.length; i++) {
    const option = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${option} needs a value\n${USAGE}`);
      return next;
    };
    if (option === '--quick') quick = true;
    else if (option === '--huge') huge = true;
    else if (option === '--skip-build') args.skipBuild = true;
    else if (option === '--no-readme') args.updateReadme = false;
    else if (option === '--no-plan') args.plan = false;
    else if (option === '--runs') runs = parseCount(value());
    else if (option === '--seed') args.seed = parseCount(value());
    else if (option === '--timeout') args.timeout = parseCount(value()) * 1000;
    else if (option === '--sizes') args.sizes = value().split(',').map(parseCount);
    else if (option === '--profile' || option === '--profile-only') {
      args.profile = true;
      args.profileOnly = option === '--profile-only';
      const next = argv[i + 1];
      if (next && !next.startsWith('--')) args.profileSize = parseCount(value());
    } else throw new Error(`unknown option ${option}\n${USAGE}`);
  }
  if (quick) args.sizes = [1_000, 10_000];
  if (huge && !args.sizes.includes(1_000_000)) args.sizes.push(1_000_000);
  args.runs = runs ?? (quick ? 2 : 5);
  if (args.runs < 1) throw new Error('--runs must be at least 1');
  args.sizes.sort((a, b) => a - b);
  return args;
}
