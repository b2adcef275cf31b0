// The words of an event's media card, in every language at once. Not in the message catalogs:
// those are in the first view (English) or one chunk per language, and the card is in the lazy
// details chunk, which alone carries these (about 1 KB), so the first view pays nothing for it.
import { activeLang } from './catalog';
import type { Lang } from './languages';

/** A kind of medium whose player or picture the card can load. */
type Loadable = 'video' | 'audio' | 'map' | 'image';

/** What the card says, in one language. `{site}` is the host the player or picture comes from. */
export interface MediaWords {
  /** The card's kind, before its service: "Video · YouTube". */
  kind: Record<Loadable | 'link', string>;
  /** The button that loads the player or the picture in place. */
  load: Record<Loadable, string>;
  /** Said after the link's words to a screen reader. */
  newTab: string;
}

const WORDS: Record<Lang, MediaWords> = {
  en: {
    kind: { video: 'Video', audio: 'Audio', map: 'Map', image: 'Image', link: 'Link' },
    load: {
      video: 'Load video from {site}',
      audio: 'Load audio from {site}',
      map: 'Load map from {site}',
      image: 'Load image from {site}',
    },
    newTab: 'opens in a new tab',
  },
  de: {
    kind: { video: 'Video', audio: 'Audio', map: 'Karte', image: 'Bild', link: 'Link' },
    load: {
      video: 'Video von {site} laden',
      audio: 'Audio von {site} laden',
      map: 'Karte von {site} laden',
      image: 'Bild von {site} laden',
    },
    newTab: 'öffnet in einem neuen Tab',
  },
  fr: {
    kind: { video: 'Vidéo', audio: 'Audio', map: 'Carte', image: 'Image', link: 'Lien' },
    load: {
      video: 'Charger la vidéo depuis {site}',
      audio: 'Charger l’audio depuis {site}',
      map: 'Charger la carte depuis {site}',
      image: 'Charger l’image depuis {site}',
    },
    newTab: 's’ouvre dans un nouvel onglet',
  },
  es: {
    kind: { video: 'Vídeo', audio: 'Audio', map: 'Mapa', image: 'Imagen', link: 'Enlace' },
    load: {
      video: 'Cargar el vídeo desde {site}',
      audio: 'Cargar el audio desde {site}',
      map: 'Cargar el mapa desde {site}',
      image: 'Cargar la imagen desde {site}',
    },
    newTab: 'se abre en una pestaña nueva',
  },
  pt: {
    kind: { video: 'Vídeo', audio: 'Áudio', map: 'Mapa', image: 'Imagem', link: 'Link' },
    load: {
      video: 'Carregar o vídeo de {site}',
      audio: 'Carregar o áudio de {site}',
      map: 'Carregar o mapa de {site}',
      image: 'Carregar a imagem de {site}',
    },
    newTab: 'abre em uma nova aba',
  },
  ar: {
    kind: { video: 'فيديو', audio: 'صوت', map: 'خريطة', image: 'صورة', link: 'رابط' },
    load: {
      video: 'تحميل الفيديو من {site}',
      audio: 'تحميل الصوت من {site}',
      map: 'تحميل الخريطة من {site}',
      image: 'تحميل الصورة من {site}',
    },
    newTab: 'يُفتح في علامة تبويب جديدة',
  },
  zh: {
    kind: { video: '视频', audio: '音频', map: '地图', image: '图片', link: '链接' },
    load: {
      video: '从 {site} 加载视频',
      audio: '从 {site} 加载音频',
      map: '从 {site} 加载地图',
      image: '从 {site} 加载图片',
    },
    newTab: '在新标签页中打开',
  },
  'zh-Hant': {
    kind: { video: '影片', audio: '音訊', map: '地圖', image: '圖片', link: '連結' },
    load: {
      video: '從 {site} 載入影片',
      audio: '從 {site} 載入音訊',
      map: '從 {site} 載入地圖',
      image: '從 {site} 載入圖片',
    },
    newTab: '在新分頁中開啟',
  },
  ja: {
    kind: { video: '動画', audio: '音声', map: '地図', image: '画像', link: 'リンク' },
    load: {
      video: '{site} から動画を読み込む',
      audio: '{site} から音声を読み込む',
      map: '{site} から地図を読み込む',
      image: '{site} から画像を読み込む',
    },
    newTab: '新しいタブで開きます',
  },
};

/** The card's words in `lang` (the interface's language by default). */
export const mediaWords = (lang: Lang = activeLang()): MediaWords => WORDS[lang];
