// Build step: lists in dist/publish-files.json the app's files a story's own folder copies as
// they are (`npm run publish`, the editor's "Download for the web"): the editor cannot list a
// folder on the server, and both must copy the same files.
import { readdirSync, writeFileSync } from 'node:fs';
import { appFilesToCopy, PUBLISH_FILES } from '../src/server/publishStory';

const files = appFilesToCopy(
  readdirSync('dist', { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => `${d.parentPath}/${d.name}`.replace(/^dist\//, '')),
);
writeFileSync(`dist/${PUBLISH_FILES}`, `${JSON.stringify(files, null, 2)}\n`);
console.log(`publish-files: ${files.length} files a story's folder copies`);
