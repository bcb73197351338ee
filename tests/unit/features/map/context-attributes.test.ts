import {
  isSoftwareRenderer,
  mapContextAttributes,
} from '../../../../src/features/map/context-attributes';

/** Renderer names as browsers report them (`WEBGL_debug_renderer_info`). */
const SOFTWARE = [
  'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
  'Google SwiftShader',
  'llvmpipe (LLVM 15.0.6, 256 bits)',
  'ANGLE (Mesa, llvmpipe (LLVM 19.1.7 256 bits), OpenGL 4.5)',
  'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)',
];
const GPU = [
  'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 (0x00002503) Direct3D11 vs_5_0 ps_5_0, D3D11)',
  'ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)',
  'ANGLE (Apple, ANGLE Metal Renderer: Apple M2, Unspecified Version)',
  'Adreno (TM) 650',
];

describe('mapContextAttributes', () => {
  it.each(SOFTWARE)('desynchronizes the canvas on a software rasteriser: %s', (renderer) => {
    expect(isSoftwareRenderer(renderer)).toBe(true);
    expect(mapContextAttributes(renderer)).toEqual({
      preserveDrawingBuffer: true,
      desynchronized: true,
    });
  });

  it.each(GPU)('leaves a GPU’s canvas in step with the page: %s', (renderer) => {
    expect(isSoftwareRenderer(renderer)).toBe(false);
    expect(mapContextAttributes(renderer)).toEqual({ preserveDrawingBuffer: true });
  });

  it('keeps the drawing buffer for the export when the renderer is unknown', () => {
    expect(mapContextAttributes(null)).toEqual({ preserveDrawingBuffer: true });
    // jsdom has no WebGL: nothing to ask, and nothing logged.
    const error = vi.spyOn(console, 'error');
    expect(mapContextAttributes()).toEqual({ preserveDrawingBuffer: true });
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
  });
});
