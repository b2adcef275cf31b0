import { formatIssue, type StoryIssue } from '../data/issues';
import { t } from '../i18n/catalog';

const COMMAND = 'npm run validate -- FILE';

/** A story that cannot be shown says why, problem by problem; never a blank page. */
export function ErrorPage({ issues }: { issues: StoryIssue[] }) {
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
    </main>
  );
}
