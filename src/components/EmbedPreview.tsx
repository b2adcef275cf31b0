import { useEffect, useRef, useState } from 'react';
import { isHeightMessage } from '../embed/heightMessages';
import { t } from '../i18n/catalog';
import '../i18n/englishLater';

/** Reserved before the first height message when the frame sizes itself. */
export const AUTO_START_PX = 640;

const WIDTHS = [320, 600, 0] as const;

interface Props {
  /** The embed's URL, as its codes name it. */
  url: string;
  title: string;
  /** The height the codes fix, or null when the frame sizes itself. */
  fixedHeightPx: number | null;
}

/** The Embed dialog's live preview of the frame, at a width the reader picks. */
export function EmbedPreview({ url, title, fixedHeightPx }: Props) {
  const previewRef = useRef<HTMLIFrameElement>(null);
  const [width, setWidth] = useState(600);
  const [previewPx, setPreviewPx] = useState(AUTO_START_PX);
  // The preview sizes itself as a host page would, from the frame's own height messages.
  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      if (e.source === previewRef.current?.contentWindow && isHeightMessage(e.data))
        setPreviewPx(Math.ceil(e.data.height));
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);
  return (
    <>
      <fieldset className="preview-widths">
        <legend>{t('embed.previewWidth')}</legend>
        {WIDTHS.map((px) => (
          <label key={px}>
            <input
              type="radio"
              name="preview-width"
              checked={width === px}
              onChange={() => setWidth(px)}
            />
            {px ? `${px} px` : t('embed.fullWidth')}
          </label>
        ))}
      </fieldset>
      <div className="preview-frame" style={{ width: width ? `${width}px` : '100%' }}>
        <iframe
          ref={previewRef}
          src={url}
          title={t('embed.preview', { title })}
          height={fixedHeightPx ?? previewPx}
        />
      </div>
    </>
  );
}
