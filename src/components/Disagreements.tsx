import type { Disagreement } from '../data/schema';
import { sourceLabel } from '../timeline/storyIndex';
import { useTimeline } from '../store';
import { t } from '../i18n/catalog';
import { QuotedWords } from './QuotedWords';
import '../i18n/englishLater';

/** Where the documents differ, side by side, each account with its words. */
export function Disagreements({ items }: { items: Disagreement[] }) {
  const index = useTimeline((s) => s.index);
  return (
    <div className="disagreements">
      <h3>{t('details.differ')}</h3>
      {items.map((d) => (
        <table key={d.about}>
          <caption>{d.about}</caption>
          <thead>
            <tr>
              <th scope="col">{t('details.source')}</th>
              <th scope="col">{t('details.says')}</th>
            </tr>
          </thead>
          <tbody>
            {d.accounts.map((a) => {
              const s = index.sourceById.get(a.source);
              const label = s ? sourceLabel(s) : { outlet: a.source, title: '' };
              return (
                <tr key={a.source + a.says}>
                  <th scope="row">
                    {label.outlet}
                    {s?.title ? <span className="muted"> — {label.title}</span> : null}
                  </th>
                  <td>
                    <strong>{a.says}</strong>
                    <QuotedWords
                      quote={a.quote}
                      translations={a.translations}
                      quoteLang={index.story.language ?? 'en'}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ))}
    </div>
  );
}
