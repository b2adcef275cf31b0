// What a media address is: a video, a piece of audio, a map, an image or a plain link, and,
// where its site offers one, the player the details may load in place after a reader's click.

/** What the card says a medium is. */
export type MediaKind = 'video' | 'audio' | 'map' | 'image' | 'link';

/** A medium recognised from its address. */
export interface RecognizedMedia {
  kind: MediaKind;
  /** The service it is on (`YouTube`, `OpenStreetMap`), or its site's host for images and links. */
  service: string;
  /** The page to send a reader to: the service's own page for the medium, tidied. */
  link: string;
  /**
   * What loads in place after a click: a player's address (for an iframe) or, for an image, the
   * image; `null` when there is nothing to load (a plain link, a short link we cannot resolve).
   */
  player: string | null;
}

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;

/** `90`, `90s`, `1m30s`, `1h2m3s` → seconds; anything else → 0. */
export function parseStartSeconds(value: string | null | undefined): number {
  const v = (value ?? '').trim();
  if (/^\d+s?$/.test(v)) return parseInt(v, 10);
  const m = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(v);
  if (!m || !v) return 0;
  return Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}

/** `www.youtube.com` → `youtube.com`: hosts compared without their `www.` or `m.`. */
const bareHost = (host: string) => host.toLowerCase().replace(/^(?:www|m)\./, '');

function youtube(url: URL): RecognizedMedia | null {
  const host = bareHost(url.hostname);
  const parts = url.pathname.split('/').filter(Boolean);
  let id: string | undefined;
  if (host === 'youtu.be') id = parts[0];
  else if (
    host === 'youtube.com' ||
    host === 'youtube-nocookie.com' ||
    host === 'music.youtube.com'
  )
    id =
      parts[0] === 'watch'
        ? (url.searchParams.get('v') ?? undefined)
        : ['shorts', 'embed', 'live', 'v'].includes(parts[0] ?? '')
          ? parts[1]
          : undefined;
  else return null;
  // A channel, a playlist (`embed/videoseries`, eleven letters too), the home page: a link.
  if (!id || !YOUTUBE_ID.test(id) || id === 'videoseries') return null;
  const hashT = new URLSearchParams(url.hash.slice(1)).get('t');
  const start = parseStartSeconds(
    url.searchParams.get('t') ?? url.searchParams.get('start') ?? hashT,
  );
  return {
    kind: 'video',
    service: 'YouTube',
    link: `https://www.youtube.com/watch?v=${id}${start ? `&t=${start}s` : ''}`,
    player: `https://www.youtube-nocookie.com/embed/${id}${start ? `?start=${start}` : ''}`,
  };
}

const VIMEO_ID_AT: Record<string, number> = { video: 1, channels: 2, groups: 3 };

function vimeo(url: URL): RecognizedMedia | null {
  const host = bareHost(url.hostname);
  if (host !== 'vimeo.com' && host !== 'player.vimeo.com') return null;
  const parts = url.pathname.split('/').filter(Boolean);
  // vimeo.com/ID, /channels/NAME/ID, /groups/NAME/videos/ID; player.vimeo.com/video/ID.
  const at = VIMEO_ID_AT[parts[0] ?? ''] ?? 0;
  const id = parts[at];
  // A showcase, a user's page, the home page: a plain link.
  if (!id || !/^\d+$/.test(id)) return null;
  // An unlisted video's address carries its key: vimeo.com/ID/KEY, or ?h=KEY on the player.
  const key = url.searchParams.get('h') ?? (host === 'vimeo.com' ? parts[at + 1] : undefined);
  const hash = key && /^[0-9a-f]+$/i.test(key) ? key : undefined;
  const start = parseStartSeconds(new URLSearchParams(url.hash.slice(1)).get('t'));
  const query = new URLSearchParams({ dnt: '1', ...(hash ? { h: hash } : {}) });
  return {
    kind: 'video',
    service: 'Vimeo',
    link: `https://vimeo.com/${id}${hash ? `/${hash}` : ''}${start ? `#t=${start}s` : ''}`,
    player: `https://player.vimeo.com/video/${id}?${query.toString()}${start ? `#t=${start}s` : ''}`,
  };
}

function soundcloud(url: URL): RecognizedMedia | null {
  const host = bareHost(url.hostname);
  if (host === 'on.soundcloud.com')
    return { kind: 'audio', service: 'SoundCloud', link: url.href, player: null };
  if (host !== 'soundcloud.com') return null;
  const parts = url.pathname.split('/').filter(Boolean);
  if (!parts.length) return null;
  const link = `https://soundcloud.com/${parts.join('/')}`;
  return {
    kind: 'audio',
    service: 'SoundCloud',
    link,
    player: `https://w.soundcloud.com/player/?${new URLSearchParams({ url: link }).toString()}`,
  };
}

/** A map box around a centre at an OpenStreetMap zoom, about as wide as a details column. */
function osmBox(lat: number, lon: number, zoom: number): string {
  const halfLon = ((360 / 2 ** zoom) * (640 / 256)) / 2;
  const halfLat = halfLon * Math.cos((lat * Math.PI) / 180) * (9 / 16);
  const f = (n: number) => n.toFixed(5);
  return [lon - halfLon, lat - halfLat, lon + halfLon, lat + halfLat].map(f).join(',');
}

const inRange = (lat: number, lon: number) =>
  Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;

function openStreetMap(url: URL): RecognizedMedia | null {
  if (bareHost(url.hostname) !== 'openstreetmap.org') return null;
  const service = 'OpenStreetMap';
  if (url.pathname === '/export/embed.html' && url.searchParams.get('bbox'))
    return { kind: 'map', service, link: url.href, player: url.href };
  const view = /(?:^|&)map=(\d{1,2})\/(-?[\d.]+)\/(-?[\d.]+)/.exec(url.hash.slice(1));
  const mlat = Number(url.searchParams.get('mlat') ?? NaN);
  const mlon = Number(url.searchParams.get('mlon') ?? NaN);
  const marker = inRange(mlat, mlon);
  const zoom = Math.min(19, Number(view?.[1] ?? (marker ? 15 : NaN)));
  const lat = Number(view?.[2] ?? mlat);
  const lon = Number(view?.[3] ?? mlon);
  if (!Number.isFinite(zoom) || !inRange(lat, lon))
    return { kind: 'map', service, link: url.href, player: null };
  const query = new URLSearchParams({ bbox: osmBox(lat, lon, zoom), layer: 'mapnik' });
  if (marker) query.set('marker', `${mlat},${mlon}`);
  return {
    kind: 'map',
    service,
    link: url.href,
    player: `https://www.openstreetmap.org/export/embed.html?${query.toString()}`,
  };
}

function googleMaps(url: URL): RecognizedMedia | null {
  const host = bareHost(url.hostname);
  const service = 'Google Maps';
  if (host === 'maps.app.goo.gl' || (host === 'goo.gl' && url.pathname.startsWith('/maps')))
    return { kind: 'map', service, link: url.href, player: null };
  const onGoogle = /^(?:maps\.)?google\.[a-z.]{2,6}$/.test(host);
  if (!onGoogle || (host.startsWith('google.') && !url.pathname.startsWith('/maps'))) return null;
  // Already a player: the "Embed a map" code's address.
  if (url.pathname.startsWith('/maps/embed'))
    return { kind: 'map', service, link: url.href, player: url.href };
  const at = /@(-?[\d.]+),(-?[\d.]+)(?:,(\d+(?:\.\d+)?)z)?/.exec(url.pathname);
  const place = /\/maps\/place\/([^/]+)/.exec(url.pathname)?.[1];
  const q =
    url.searchParams.get('q') ??
    (place ? decodeURIComponent(place.replace(/\+/g, ' ')) : null) ??
    (at ? `${at[1]},${at[2]}` : null);
  if (!q) return { kind: 'map', service, link: url.href, player: null };
  const query = new URLSearchParams({
    q,
    ...(at?.[3] ? { z: String(Math.round(Number(at[3]))) } : {}),
  });
  if (at && place) query.set('ll', `${at[1]},${at[2]}`);
  query.set('output', 'embed');
  return {
    kind: 'map',
    service,
    link: url.href,
    player: `https://www.google.com/maps?${query.toString()}`,
  };
}

/** What TimelineJS and readers take for a picture: an address ending in an image file's name. */
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg)$/i;

/**
 * The medium at `address`: a video (YouTube, Vimeo), audio (SoundCloud), a map (Google Maps,
 * OpenStreetMap), an image (by its file's extension) or a plain link, with the page to link to
 * and the player (on the services' privacy-friendly hosts where they have one:
 * youtube-nocookie.com, Vimeo's player with `dnt=1`). `null` for anything but an absolute
 * `http:` or `https:` address.
 */
export function recognizeMedia(address: string): RecognizedMedia | null {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const known =
    youtube(url) ?? vimeo(url) ?? soundcloud(url) ?? openStreetMap(url) ?? googleMaps(url);
  if (known) return known;
  const host = url.hostname.replace(/^www\./, '');
  if (IMAGE_FILE.test(url.pathname))
    return { kind: 'image', service: host, link: url.href, player: url.href };
  return { kind: 'link', service: host, link: url.href, player: null };
}
