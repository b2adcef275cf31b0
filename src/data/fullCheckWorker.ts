import { readStoryJson } from './storyJson';
import { fullVerdict, type FullVerdict } from './fullVerdict';

/**
 * A big story's bytes as they arrived (or its text, where the response had no stream), for its
 * full check off the page's thread (`fullCheck.ts`).
 */
export interface FullCheckJob {
  body: Uint8Array[] | string;
  file: string;
}

/** The text as the page decoded it (UTF-8; a byte-order mark is dropped, as there). */
function textOf(body: Uint8Array[] | string): string {
  if (typeof body === 'string') return body;
  const decoder = new TextDecoder();
  let text = '';
  for (const chunk of body) text += decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}

/*
 * The story is parsed again here, beside the page's own parse: a parsed story cannot be sent
 * to a worker faster than its text can be read again.
 */
self.onmessage = (e: MessageEvent<FullCheckJob>) => {
  const { body, file } = e.data;
  const json = readStoryJson(textOf(body), file);
  const verdict: Promise<FullVerdict> = json.ok
    ? fullVerdict(json.raw, file, json.mayHaveProto)
    : Promise.resolve(json);
  void verdict.then((v) => self.postMessage(v));
};
