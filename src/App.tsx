import rawStory from '../data/story.json';
import { validateStory } from './data/validate';
import { formatIssue } from './data/issues';

export function App() {
  const result = validateStory(rawStory, 'data/story.json');
  if (!result.ok) {
    return (
      <main>
        <h1>This story could not be shown</h1>
        <ul>
          {result.issues.map((i) => (
            <li key={formatIssue(i)}>{formatIssue(i)}</li>
          ))}
        </ul>
      </main>
    );
  }
  return (
    <main>
      <h1>{result.data.title}</h1>
      <p>{result.data.dek}</p>
    </main>
  );
}
