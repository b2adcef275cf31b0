import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { svgFiles, type PictureDrawing } from '../../src/server/publishStory';
import { pickRasteriser } from './rasterise';

/**
 * Writes the drawings into `dir`: the SVGs, and a PNG of each where a rasteriser works here
 * (resvg, else Chromium). Returns whether PNGs were written and by what; without, it removes
 * stale ones, and the codes name the SVGs.
 */
export async function writePictures(
  dir: string,
  drawn: readonly PictureDrawing[],
): Promise<{ png: boolean; by: string | null }> {
  for (const d of svgFiles(drawn)) writeFileSync(join(dir, `${d.name}.svg`), d.svg);
  let png = false;
  const rasteriser = await pickRasteriser();
  if (rasteriser) {
    try {
      for (const d of drawn)
        writeFileSync(join(dir, `${d.name}.png`), await rasteriser.draw(d.svg, d.widthPx));
      png = true;
    } catch (e) {
      console.warn(
        `embed-images: ${rasteriser.name} failed (${e instanceof Error ? e.message : e})`,
      );
    } finally {
      await rasteriser.close();
    }
  }
  if (!png) {
    console.warn('embed-images: no PNGs; the embed codes name the SVGs instead');
    for (const d of drawn) rmSync(join(dir, `${d.name}.png`), { force: true });
  }
  return { png, by: png ? (rasteriser?.name ?? null) : null };
}
