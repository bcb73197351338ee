import { readSceneFile } from '../../../../src/features/presentation/scene-file';

const file = (value: unknown) => new Blob([JSON.stringify(value)], { type: 'application/json' });

describe('readSceneFile', () => {
  it('renews ids already taken or repeated in the file, keeping the others', async () => {
    const result = await readSceneFile(
      file([
        { id: 'a', name: 'A' },
        { id: 'b', name: 'B' },
        { id: 'b', name: 'B again' },
      ]),
      new Set(['a']),
    );
    if (!('scenes' in result)) throw new Error(`expected scenes, got ${result.error}`);
    const ids = result.scenes.map((scene) => scene.id);
    expect(ids[1]).toBe('b');
    expect(ids[0]).not.toBe('a');
    expect(new Set(ids).size).toBe(3);
    expect(result.scenes.map((scene) => scene.name)).toEqual(['A', 'B', 'B again']);
  });

  it('rejects the whole file for one bad scene, naming where', async () => {
    const result = await readSceneFile(
      file({
        format: 'channel-atlas-scenes',
        version: 1,
        scenes: [
          { id: 'a', name: 'A' },
          { id: 'b', name: '', filters: { tiers: ['9'] } },
        ],
      }),
      new Set(),
    );
    expect(result).toEqual({
      error: 'invalid',
      problem: expect.stringMatching(/^scenes\[1\]\.name: .* \(\+1\)$/),
    });
  });

  it('rejects a newer format version, an empty list and an oversized file', async () => {
    expect(
      await readSceneFile(
        file({ format: 'channel-atlas-scenes', version: 2, scenes: [] }),
        new Set(),
      ),
    ).toEqual({ error: 'invalid', problem: expect.stringContaining('version') });
    expect(await readSceneFile(file([]), new Set())).toEqual({ error: 'empty' });
    const big = new Blob(['x'.repeat(1_000_001)]);
    expect(await readSceneFile(big, new Set())).toEqual({ error: 'tooBig' });
  });
});
