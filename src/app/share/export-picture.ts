/**
 * A picture of the lanes: the canvas the lanes draw on, with the SVG overlay (axis, labels, tray)
 * drawn over it. The overlay is styled by CSS, which an SVG drawn as an image does not see, so the
 * styles that matter are copied onto a clone of it first.
 */

/** CSS properties of the overlay that decide how it looks. */
const SVG_STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

function inlineStyles(original: Element, clone: Element): void {
  const computed = getComputedStyle(original);
  const declarations = SVG_STYLE_PROPERTIES.map((property) => `${property}:${computed.getPropertyValue(property)}`);
  // Inline styles the view set itself come first, so the computed values (which include them) win.
  const own = original.getAttribute('style');
  // Through the CSSOM, because a strict Content-Security-Policy (style-src without 'unsafe-inline')
  // blocks setting the style attribute itself.
  (clone as Element & ElementCSSInlineStyle).style.cssText = [own, ...declarations].filter(Boolean).join(';');
  for (let i = 0; i < original.children.length; i++) inlineStyles(original.children[i], clone.children[i]);
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the overlay could not be drawn as an image'));
    image.src = url;
  });
}

/**
 * Draws the lanes inside `stage` (the canvas and its SVG overlay) into one PNG. Rejects when the stage
 * contains no lanes canvas.
 */
export async function captureLanesPng(stage: Element): Promise<Blob> {
  const canvas = stage.querySelector('canvas');
  if (!canvas) throw new Error('the lanes are not on the page');
  const overlay = stage.querySelector('svg');

  const output = document.createElement('canvas');
  output.width = canvas.width;
  output.height = canvas.height;
  const context = output.getContext('2d');
  if (!context) throw new Error('this browser provided no 2D canvas');
  context.drawImage(canvas, 0, 0);

  if (overlay) {
    const clone = overlay.cloneNode(true) as SVGSVGElement;
    inlineStyles(overlay, clone);
    clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    const markup = new XMLSerializer().serializeToString(clone);
    const image = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`);
    // The canvas has device pixels and the overlay CSS pixels, so scale the overlay to match.
    context.drawImage(image, 0, 0, output.width, output.height);
  }

  return new Promise((resolve, reject) => {
    output.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the picture could not be encoded'))), 'image/png');
  });
}
