import { UNIT_PX } from '../timeline/markItems';
import type { FullTitle as FullTitleBox } from '../timeline/fullTitle';
import { useStoryTextLang } from './storyTextLang';

interface Props {
  /** The placed mark's id: useHotMarks moves this node with it (`f:` and the id). */
  hotKey: string;
  box: FullTitleBox;
}

/** Padding of the strip of background around the text. */
const PAD_PX = 4;

/**
 * A cut title drawn whole over its neighbours while its mark has focus or the pointer: the
 * label's lines again, on a strip of background, under the mark's row. Drawn after every mark,
 * so nothing covers it; it takes no pointer, so the mark under the pointer stays the hovered
 * one. Screen readers have the whole title in the mark's name already.
 */
export function FullTitle({ hotKey, box }: Props) {
  const textLang = useStoryTextLang();
  // Under the mark's row: the mark and its date stay in sight.
  const top = UNIT_PX;
  return (
    <g className="full-title" data-hot={hotKey} aria-hidden="true">
      <rect
        className="full-title-strip"
        x={box.dx - PAD_PX}
        y={top}
        width={box.widthPx + 2 * PAD_PX}
        height={box.lines.length * UNIT_PX + PAD_PX}
        rx={3}
      />
      <text className="full-title-text" lang={textLang} x={box.dx}>
        {box.lines.map((line, i) => (
          <tspan key={i} x={box.dx} y={UNIT_PX * (i + 1) + 11}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}
