/** WebGL implementations that draw on the CPU, by the renderer name the browser reports. */
const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|lavapipe|softpipe|basic render driver|software/i;

/** Whether a WebGL renderer name is that of a software rasteriser. */
export function isSoftwareRenderer(renderer: string): boolean {
  return SOFTWARE_RENDERERS.test(renderer);
}

/** The name of the WebGL renderer this browser draws with, or null when it has no WebGL 2. */
function webglRenderer(): string | null {
  if (typeof document === 'undefined' || typeof WebGL2RenderingContext === 'undefined') return null;
  const canvas = document.createElement('canvas');
  // A context costs 10–20 ms to make on a software renderer; the smallest buffer saves a little.
  canvas.width = 1;
  canvas.height = 1;
  const gl = canvas.getContext('webgl2');
  if (!gl) return null;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer: unknown = gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER);
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return typeof renderer === 'string' ? renderer : null;
}

/**
 * The map's WebGL context attributes. The drawing buffer is kept for the PNG export.
 *
 * On a software rasteriser (SwiftShader, llvmpipe: a machine or remote desktop without a GPU)
 * the canvas is also `desynchronized`. Chromium otherwise reads the canvas back at the end of
 * every frame to composite the page, and the page waits for the whole drawing each time: 100 to
 * 250 ms a frame at 100,000 outlets, during which no click or key is handled. Desynchronized,
 * the frame goes to the display on its own and the page goes on. A GPU draws such a frame in a
 * few milliseconds, and there the hint can make a canvas flicker while it is resized: it is left
 * off.
 */
export function mapContextAttributes(
  renderer: string | null = webglRenderer(),
): WebGLContextAttributes {
  const software = renderer !== null && isSoftwareRenderer(renderer);
  return software
    ? { preserveDrawingBuffer: true, desynchronized: true }
    : { preserveDrawingBuffer: true };
}
