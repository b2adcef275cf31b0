import type { Disagreement } from '../../data/schema';
import { Field } from './Field';
import { SourceSelect } from './CitationsFields';
import { ListFieldset } from './ListFieldset';
import { useEditor } from './context';
import { words } from '../words';

type Account = Disagreement['accounts'][number];
const w = words.disagreements;

const blankAccount = (source: string): Account => ({ source, says: '', quote: '' });

/** Where the event's sources give different accounts: what about, and each account. */
export function DisagreementsFields({ at }: { at: string }) {
  const firstSource = useEditor((s) => s.history.present.story.sources[0]?.id ?? '');
  return (
    <ListFieldset<Disagreement>
      path={`${at}.disagreements`}
      optional
      legend={w.legend}
      help={w.help}
      // The schema needs two accounts, so a new disagreement starts with two to fill in.
      blank={() => ({
        about: '',
        accounts: [blankAccount(firstSource), blankAccount(firstSource)],
      })}
      itemLegend={(d) => w.disagreement(d.index + 1)}
      removeLabel={(d) => w.remove(d.index + 1)}
      addLabel={w.add}
    >
      {(d) => (
        <>
          <Field path={`${d.path}.about`} label={w.about} help={w.aboutHelp} />
          {/* Two accounts are the least a disagreement has, so the last two cannot be removed. */}
          <ListFieldset<Account>
            path={`${d.path}.accounts`}
            legend={w.accounts}
            min={2}
            blank={() => blankAccount(firstSource)}
            itemLegend={(a) => w.account(a.index + 1)}
            removeLabel={(a) => w.removeAccount(a.index + 1, d.index + 1)}
            addLabel={w.addAccount(d.index + 1)}
          >
            {(a) => (
              <>
                <SourceSelect path={`${a.path}.source`} />
                <Field path={`${a.path}.says`} label={w.says} help={w.saysHelp} rows={2} />
                <Field path={`${a.path}.quote`} label={w.quote} help={w.quoteHelp} rows={2} />
              </>
            )}
          </ListFieldset>
        </>
      )}
    </ListFieldset>
  );
}
