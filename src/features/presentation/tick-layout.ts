/**
 * Where the milestone marks go on a track `width` pixels wide: each at its date's position
 * (`fractions`, 0–1, in date order) unless that would bring it within `gap` pixels of its
 * neighbour; then the marks are pushed apart just enough, and kept on the track. Returns
 * pixel positions in the same order. A track too short for all of them spaces them evenly.
 */
export function spreadTicks(fractions: readonly number[], width: number, gap: number): number[] {
  const count = fractions.length;
  if (count === 0) return [];
  if (count === 1) return [Math.min(Math.max(fractions[0] ?? 0, 0), 1) * width];
  if (gap * (count - 1) >= width) return fractions.map((_, i) => (i * width) / (count - 1));
  const placed = fractions.map((fraction) => Math.min(Math.max(fraction, 0), 1) * width);
  let previous = -Infinity;
  for (let i = 0; i < count; i++) {
    previous = Math.max(placed[i] ?? 0, previous + gap);
    placed[i] = previous;
  }
  let next = width + gap;
  for (let i = count - 1; i >= 0; i--) {
    next = Math.min(placed[i] ?? 0, next - gap);
    placed[i] = next;
  }
  return placed;
}
