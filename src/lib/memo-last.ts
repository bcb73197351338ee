/**
 * `fn` remembering its last call: called again with the same arguments (by identity), it
 * returns the same result without running. For derivations that feed a comparison by identity
 * downstream (a map source's data), where a new but equal object would cost a reload.
 */
export function memoLast<Args extends unknown[], Result>(
  fn: (...args: Args) => Result,
): (...args: Args) => Result {
  let last: { args: Args; result: Result } | null = null;
  return (...args) => {
    if (last && last.args.length === args.length && last.args.every((arg, i) => arg === args[i]))
      return last.result;
    const result = fn(...args);
    last = { args, result };
    return result;
  };
}
