import { formatIssue, type StoryIssue } from '../data/issues';

/** A story that cannot be shown says why, problem by problem; never a blank page. */
export function ErrorPage({ issues }: { issues: StoryIssue[] }) {
  const shown = issues.slice(0, 200);
  return (
    <main className="page error-page">
      <h1>This story could not be shown</h1>
      <p>
        The story file has {issues.length} {issues.length === 1 ? 'problem' : 'problems'}. Fix{' '}
        {issues.length === 1 ? 'it' : 'them'} in the file named below and reload the page;{' '}
        <code>npm run validate -- FILE</code> lists the same problems.
      </p>
      <ul className="error-list">
        {shown.map((i, n) => (
          <li key={n}>
            <code>{formatIssue(i)}</code>
          </li>
        ))}
      </ul>
      {issues.length > shown.length && <p>…and {issues.length - shown.length} more.</p>}
    </main>
  );
}
