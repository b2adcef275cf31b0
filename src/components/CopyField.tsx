import { useId, useState } from 'react';
import { t } from '../i18n/catalog';
import '../i18n/englishLater';

/** A read-only code field with a Copy button that says when it has copied. */
export function CopyField({
  label,
  copyLabel,
  code,
  note,
}: {
  label: string;
  copyLabel: string;
  code: string;
  note?: string;
}) {
  const [copied, setCopied] = useState(false);
  // Not from the label: labels in Japanese or Arabic have no \w characters to tell them apart.
  const id = useId();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
    } catch {
      // Clipboard blocked (insecure origin, permissions): select the text for a manual copy.
      const el = document.getElementById(id);
      if (el instanceof HTMLTextAreaElement) el.select();
    }
    setCopied(true);
    window.setTimeout(() => setCopied(false), 2000);
  };
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      {note && (
        <p className="muted copy-note" id={`${id}-note`}>
          {note}
        </p>
      )}
      <textarea
        id={id}
        readOnly
        dir="ltr"
        value={code}
        rows={3}
        aria-describedby={note ? `${id}-note` : undefined}
        onFocus={(e) => e.target.select()}
      />
      <button type="button" onClick={() => void copy()}>
        {copied ? t('embed.copied') : copyLabel}
      </button>
      <span className="visually-hidden" role="status">
        {copied ? t('embed.copiedLong') : ''}
      </span>
    </div>
  );
}
