/** The page's icon as a PNG, 32 px square (two device pixels per CSS pixel of a tab's 16). */
export async function faviconPng(svg: string): Promise<Buffer> {
  const { Resvg } = await import('@resvg/resvg-js');
  return new Resvg(svg, { fitTo: { mode: 'width', value: 32 } }).render().asPng();
}
