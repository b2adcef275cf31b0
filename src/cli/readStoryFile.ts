import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { MAX_STORY_BYTES, STORY_LIMIT_TEXT, storySizeProblem } from '../data/limits';

/** A file's bytes as text, or why it was not read (an `Error` from the file system is thrown). */
export type StoryFileRead = { ok: true; text: string } | { ok: false; message: string };

const CHUNK_BYTES = 1 << 20;

/**
 * Reads a story file for the CLIs, within the app's size limit. Only a regular file is read:
 * `/dev/zero` (or a link to it) reports size 0 and never ends, and a FIFO blocks until a writer
 * comes, so the reported size alone cannot be trusted; the bytes are counted as they arrive too
 * (a file may grow while it is read). Opened non-blocking, so opening a FIFO returns at once.
 */
export function readStoryFile(file: string): StoryFileRead {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, message: 'is a directory, not a story file' };
    if (!stat.isFile())
      return {
        ok: false,
        message: `is not a regular file (${kindOf(stat)}); only a file's contents can be checked`,
      };
    const declared = storySizeProblem(stat.size);
    if (declared) return { ok: false, message: declared };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(CHUNK_BYTES);
      const n = readSync(fd, chunk, 0, CHUNK_BYTES, null);
      if (n === 0) break;
      total += n;
      if (total > MAX_STORY_BYTES)
        return {
          ok: false,
          message: `the story file goes on past the limit of ${STORY_LIMIT_TEXT}`,
        };
      chunks.push(n === CHUNK_BYTES ? chunk : chunk.subarray(0, n));
    }
    return { ok: true, text: Buffer.concat(chunks, total).toString('utf8') };
  } finally {
    closeSync(fd);
  }
}

function kindOf(stat: ReturnType<typeof fstatSync>): string {
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isSocket()) return 'a socket';
  return 'not a file';
}
