import type { TimeScale } from '../timeline/timeScale';
import { useTimeline, useTimelineStore } from '../store';
import { useShallow } from 'zustand/react/shallow';
import { wrapText } from '../timeline/wrap';
import { isEventShown } from '../timeline/actorFilter';
import { selectActiveSet } from '../store/selectors';

export const ANNOTATION_CHAR_PX = 6.8;

/** Notes on the timeline itself where the story turns (annotations beat tooltips). */
export function Annotations({
  lanesTop,
  base,
  levelK,
  maxLines,
  bottom,
}: {
  lanesTop: number;
  /** Where the track's rows end, for the band that marks the annotated days. */
  bottom: number;
  base: TimeScale;
  levelK: number;
  maxLines: number;
}) {
  const store = useTimelineStore();
  const index = useTimeline((s) => s.index);
  const active = useTimeline(useShallow((s) => s.activeActors));
  const widthPx = useTimeline((s) => s.widthPx);
  // Looked up per annotated event: a set of every shown event would cost a pass over all of
  // them on each relayout.
  const activeSet = selectActiveSet({ activeActors: active });
  const shown = (id: string) => {
    const e = index.eventById.get(id);
    return !!e && isEventShown(e, activeSet);
  };
  // Placed for the view at this level; pans only move it, like the marks.
  const { view } = store.getState();
  const s = view.k / levelK;
  return (
    <g className="annotations" aria-hidden="true">
      {(index.story.annotations ?? []).map((a) => {
        if (!a.events.every(shown)) return null;
        const mids = a.events
          .map((id) => index.spans.get(id))
          .filter((sp) => sp !== undefined)
          .map((sp) => base((sp.startMs + sp.endMs) / 2) * levelK);
        const x0 = Math.min(...mids);
        const x1 = Math.max(...mids);
        const lines = wrapText(a.text, Math.floor((widthPx - 8) / ANNOTATION_CHAR_PX), maxLines);
        const textW = Math.max(...lines.map((l) => l.length)) * ANNOTATION_CHAR_PX;
        const screenX0 = x0 * s + view.x;
        const screenMid = ((x0 + x1) / 2) * s + view.x;
        const start = Math.min(Math.max(4, screenMid - textW / 2), widthPx - textW - 4);
        const bracketY = lanesTop - 8;
        const y = bracketY - 7 - (lines.length - 1) * 15;
        return (
          <g
            key={a.text}
            data-x0={x0}
            data-x1={x1}
            data-y={0}
            transform={`translate(${screenX0},0)`}
          >
            {/* The days between the annotated events, as a faint band through the track. */}
            <rect
              data-span=""
              className="annotation-band"
              x={0}
              y={bracketY + 2}
              height={bottom - bracketY - 2}
              width={Math.max(1.5, (x1 - x0) * s)}
            />
            <text className="annotation-text" x={start - screenX0} y={y}>
              {lines.map((l, i) => (
                <tspan key={i} x={start - screenX0} dy={i === 0 ? 0 : 15}>
                  {l}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
    </g>
  );
}
