import { formatIssue, type StoryIssue } from '../data/issues';
import { t } from '../i18n/catalog';

const COMMAND = 'npm run validate -- FILE';

/**
 * A story that cannot be shown says why, problem by problem; never a blank page. With `reload`
 * (the connection failed, not the file), a Reload button tries again.
 */
export function ErrorPage({ issues, reload = false }: { issues: StoryIssue[]; reload?: boolean }) {
  const shown = issues.slice(0, 200);
  return (
    <main className="page error-page">
      <h1>{t('error.title')}</h1>
      <p>{t('error.problems', { n: issues.length, command: COMMAND })}</p>
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
