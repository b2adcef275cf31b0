import { t } from '../i18n/catalog';
import '../i18n/englishLater';

/** A modal dialog's Close button: a dialog form, so it closes the dialog without script too. */
export function DialogClose({ onClose }: { onClose: () => void }) {
  return (
    <form method="dialog">
      <button type="submit" onClick={onClose}>
        {t('dialog.close')}
      </button>
    </form>
  );
}
