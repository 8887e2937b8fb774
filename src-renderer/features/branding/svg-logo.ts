// An SVG logo is turned into a PNG here, in the browser engine that can draw SVG faithfully,
// because the report is drawn by jsPDF in Node, which cannot. The store and the report then only
// ever see a checked PNG (docs/branding.md). As an <img>, an SVG runs no script and fetches
// nothing, so a logo with external references draws without them rather than reaching out.

/** The SVG file's own size limit, the same as a PNG logo's. */
export const MAX_SVG_LOGO_BYTES = 512 * 1024;
/** The PNG's longer side: sharp at the report's 42 mm logo box at 600 dpi, well under 512 KB. */
const RASTER_LONG_SIDE = 1000;
/** An SVG that states no size is drawn at a 2:1 box, as a logo usually is. */
const FALLBACK_SIZE = { width: 1000, height: 500 };

/** Why an SVG logo could not become a PNG; the code is a `branding.errors.*` key. */
export class SvgLogoError extends Error {
  constructor(readonly code: 'logo-too-large' | 'logo-svg-unreadable') {
    super(code);
  }
}

export function isSvgFile(file: Pick<File, 'type' | 'name'>): boolean {
  return file.type === 'image/svg+xml' || /\.svg$/i.test(file.name);
}

function base64OfBytes(bytes: Uint8Array): string {
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  }
  return btoa(binary);
}

export async function base64OfFile(file: Blob): Promise<string> {
  return base64OfBytes(new Uint8Array(await file.arrayBuffer()));
}

function loadImage(source: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new SvgLogoError('logo-svg-unreadable'));
    // A data: URL, as the app's content security policy allows no other image source.
    image.src = source;
  });
}

/** The SVG drawn at RASTER_LONG_SIDE on its longer side, as PNG bytes in base64. */
export async function pngOfSvgLogo(file: Blob): Promise<string> {
  if (file.size > MAX_SVG_LOGO_BYTES) throw new SvgLogoError('logo-too-large');
  const image = await loadImage(`data:image/svg+xml;base64,${await base64OfFile(file)}`);
  const own = image.naturalWidth > 0 && image.naturalHeight > 0;
  const width = own ? image.naturalWidth : FALLBACK_SIZE.width;
  const height = own ? image.naturalHeight : FALLBACK_SIZE.height;
  const scale = RASTER_LONG_SIDE / Math.max(width, height);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const context = canvas.getContext('2d');
  if (!context) throw new SvgLogoError('logo-svg-unreadable');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => {
    try {
      canvas.toBlob(resolve, 'image/png');
    } catch {
      // A canvas the engine will not read back (a tainted one) gives no PNG.
      resolve(null);
    }
  });
  if (!blob) throw new SvgLogoError('logo-svg-unreadable');
  return base64OfFile(blob);
}
