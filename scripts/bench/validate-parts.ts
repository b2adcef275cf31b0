// Where validation's time goes, in Node: JSON.parse, zod, the schema's generated check
// (storyCheck.ts), the cross-checks, the "__proto__" key walk. Usage: tsx scripts/bench/validate-parts.ts FILE… (3 rounds each).
import { readFileSync } from 'node:fs';
import { StorySchema } from '../../src/data/schema';
import { crossCheck } from '../../src/data/crossCheck';
import { protoKeyIssues } from '../../src/data/protoKeys';
import { validateStory } from '../../src/data/validate';
import { checkStory as quick } from '../../src/data/storyCheck';

// CPU time of the process, not the wall clock: on a shared machine the clock counts the waits.
const time = <T>(f: () => T): [T, number] => {
  const t0 = process.cpuUsage();
  const v = f();
  const d = process.cpuUsage(t0);
  return [v, (d.user + d.system) / 1000];
};
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  for (let round = 0; round < 3; round++) {
    const [raw, parseMs] = time((): unknown => JSON.parse(text));
    const [parsed, schemaMs] = time(() => StorySchema.safeParse(raw));
    if (!parsed.success) throw new Error('invalid');
    const [, quickMs] = time(() => quick(raw));
    const [, crossMs] = time(() => crossCheck(file, parsed.data));
    const [, protoMs] = time(() => protoKeyIssues(raw, file, []));
    const [, allMs] = time(() => validateStory(JSON.parse(text), file));
    const f = (x: number) => x.toFixed(1);
    console.log(
      `${file.split('/').at(-1)} round ${round}: parse ${f(parseMs)} zod ${f(schemaMs)} compiled ${f(quickMs)} cross ${f(crossMs)} proto ${f(protoMs)} (validateStory incl. parse ${f(allMs)})`,
    );
  }
}
