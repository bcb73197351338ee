import type { Rect } from './export-layout';

/** The South China Sea inset as drawn over the map: its box, its picture and its caption. */
export interface InsetCapture {
  box: Rect;
  picture: Rect;
  image: HTMLImageElement;
  caption: { text: string; rect: Rect } | null;
}

const STYLED = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity'] as const;

function relativeTo(element: Element, origin: DOMRect): Rect {
  const box = element.getBoundingClientRect();
  return {
    x: box.left - origin.left,
    y: box.top - origin.top,
    width: box.width,
    height: box.height,
  };
}

/** The SVG as a standalone image: its stylesheet colours copied onto each shape. */
function standaloneSvg(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((original, index) => {
    const style = getComputedStyle(original);
    const target = copies[index];
    for (const property of STYLED) target?.setAttribute(property, style.getPropertyValue(property));
  });
  return new XMLSerializer().serializeToString(copy);
}

function loadImage(svgText: string): Promise<HTMLImageElement> {
  return new Promise((done, fail) => {
    const image = new Image();
    image.onload = () => done(image);
    image.onerror = () => fail(new Error('the inset did not load'));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  });
}

/** The inset, if the map shows one, placed relative to the map canvas; `null` otherwise. */
export async function captureInset(canvas: HTMLCanvasElement): Promise<InsetCapture | null> {
  const container = canvas.closest('[data-map-state]') ?? canvas.parentElement;
  const figure = container?.querySelector('.scs-inset');
  const svg = figure?.querySelector('svg');
  if (!figure || !svg) return null;
  const origin = canvas.getBoundingClientRect();
  const caption = figure.querySelector('figcaption');
  try {
    return {
      box: relativeTo(figure, origin),
      picture: relativeTo(svg, origin),
      image: await loadImage(standaloneSvg(svg)),
      caption: caption?.textContent
        ? { text: caption.textContent, rect: relativeTo(caption, origin) }
        : null,
    };
  } catch {
    // An image without its inset beats no image.
    return null;
  }
}
