import { t } from '../i18n/catalog';
import '../i18n/englishLater';

/**
 * Draws an SVG document into a canvas at `scale`× and encodes it as PNG. The image is loaded
 * from a data: URL because the page's Content-Security-Policy allows `img-src 'self' data:` only.
 */
export async function svgToPng(
  svg: string,
  widthPx: number,
  heightPx: number,
  scale = 2,
): Promise<Blob> {
  const img = new Image(widthPx, heightPx);
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(widthPx * scale);
  canvas.height = Math.round(heightPx * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error(t('export.noDraw'));
  ctx.scale(scale, scale);
  ctx.drawImage(img, 0, 0, widthPx, heightPx);
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error(t('export.noPng')))), 'image/png'),
  );
}
