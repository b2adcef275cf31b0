import { readStoryJson } from './storyJson';
import { fullVerdict, type FullVerdict } from './fullVerdict';

/** A big story's text, for its full check off the page's thread (`fullCheck.ts`). */
export interface FullCheckJob {
  text: string;
  file: string;
}

/*
 * The story is parsed again here, beside the page's own parse: a parsed story cannot be sent
 * to a worker faster than its text can be read again.
 */
self.onmessage = (e: MessageEvent<FullCheckJob>) => {
  const { text, file } = e.data;
  const json = readStoryJson(text, file);
  const verdict: Promise<FullVerdict> = json.ok
    ? fullVerdict(json.raw, file, json.mayHaveProto)
    : Promise.resolve(json);
  void verdict.then((v) => self.postMessage(v));
};
