import { formatIssue, type StoryIssue } from '../data/issues';
import { useEffect } from 'react';
import { t } from '../i18n/catalog';
import '../i18n/englishLater';

/**
 * A story that cannot be shown says why, problem by problem; never a blank page. With `reload`
 * (the connection failed, not the file), a Reload button tries again.
 */
export function ErrorPage({ issues, reload = false }: { issues: StoryIssue[]; reload?: boolean }) {
  const shown = issues.slice(0, 200);
  // The tab says it too, in the reader's language (the build wrote the story's title there).
  useEffect(() => {
    document.title = t('error.title');
  }, []);
  return (
    <main className="page error-page">
      <h1>{t('error.title')}</h1>
      {/* Readers are not told to run a command; the publisher finds it in the story format. */}
      <p>{t('error.problems', { n: issues.length })}</p>
      {/* The validator's words, as `npm run validate` prints them: in English in every language. */}
      <ul className="error-list" lang="en">
        {shown.map((i, n) => (
          <li key={n}>
            <code>{formatIssue(i)}</code>
          </li>
        ))}
      </ul>
      {issues.length > shown.length && (
        <p>{t('error.more', { n: issues.length - shown.length })}</p>
      )}
      {reload && (
        <button type="button" onClick={() => window.location.reload()}>
          {t('reload.button')}
        </button>
      )}
    </main>
  );
}
