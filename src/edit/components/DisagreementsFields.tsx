import type { Disagreement, Source } from '../../data/schema';
import { Field, Problems } from './Field';
import { SourceSelect } from './CitationsFields';
import { fieldId, useProblems } from './context';
import { removeAt, replaceAt } from '../ops';

type Account = Disagreement['accounts'][number];

const blankAccount = (sources: Source[]): Account => ({
  source: sources[0]?.id ?? '',
  says: '',
  quote: '',
});

function AccountItem({
  path,
  a,
  k,
  n,
  sources,
  removable,
  onChange,
  onRemove,
}: {
  path: string;
  a: Account;
  k: number;
  /** The disagreement's number, for the remove button's name. */
  n: number;
  sources: Source[];
  removable: boolean;
  onChange: (a: Account, key: string) => void;
  onRemove: () => void;
}) {
  return (
    <fieldset className="ed-item">
      <legend>Account {k + 1}</legend>
      <SourceSelect
        path={`${path}.source`}
        value={a.source}
        sources={sources}
        onChange={(source) => onChange({ ...a, source }, `${path}.source`)}
      />
      <Field
        path={`${path}.says`}
        label="What it says"
        help="This source’s account, in our words."
        rows={2}
        value={a.says}
        onChange={(says) => onChange({ ...a, says }, `${path}.says`)}
      />
      <Field
        path={`${path}.quote`}
        label="Quote"
        help="Copied word for word from the source."
        rows={2}
        value={a.quote}
        onChange={(quote) => onChange({ ...a, quote }, `${path}.quote`)}
      />
      {/* Two accounts are the least a disagreement has, so the last two cannot be removed. */}
      <button type="button" disabled={!removable} onClick={onRemove}>
        Remove account {k + 1} from disagreement {n}
      </button>
    </fieldset>
  );
}

function DisagreementItem({
  path,
  d,
  j,
  sources,
  onChange,
  onRemove,
}: {
  path: string;
  d: Disagreement;
  j: number;
  sources: Source[];
  onChange: (d: Disagreement, key: string) => void;
  onRemove: () => void;
}) {
  const accountsPath = `${path}.accounts`;
  const n = d.accounts.length;
  const problems = useProblems(accountsPath);
  return (
    <fieldset className="ed-item">
      <legend>Disagreement {j + 1}</legend>
      <Field
        path={`${path}.about`}
        label="About"
        help="What the sources disagree on."
        value={d.about}
        onChange={(about) => onChange({ ...d, about }, `${path}.about`)}
      />
      {d.accounts.map((a, k) => (
        <AccountItem
          key={k}
          path={`${accountsPath}[${k}]`}
          a={a}
          k={k}
          n={j + 1}
          sources={sources}
          removable={d.accounts.length > 2}
          onChange={(next, key) =>
            onChange({ ...d, accounts: replaceAt(d.accounts, k, () => next) }, key)
          }
          onRemove={() =>
            onChange({ ...d, accounts: removeAt(d.accounts, k) }, `${accountsPath}#${n - 1}`)
          }
        />
      ))}
      <Problems id={`${fieldId(accountsPath)}-problems`} problems={problems} />
      <button
        type="button"
        onClick={() =>
          onChange(
            { ...d, accounts: [...d.accounts, blankAccount(sources)] },
            `${accountsPath}#${n + 1}`,
          )
        }
      >
        Add account to disagreement {j + 1}
      </button>
      <button type="button" onClick={onRemove}>
        Remove disagreement {j + 1}
      </button>
    </fieldset>
  );
}

/** Where the event's sources give different accounts: what about, and each account. */
export function DisagreementsFields({
  at,
  disagreements,
  sources,
  onChange,
}: {
  at: string;
  disagreements: Disagreement[];
  sources: Source[];
  /** The new list, and the path of what changed: keystrokes in one field make one undo step. */
  onChange: (d: Disagreement[], key: string) => void;
}) {
  // Adding or removing is a step of its own: the list's new length keeps two in a row apart.
  const list = `${at}.disagreements`;
  const n = disagreements.length;
  return (
    <fieldset className="ed-group">
      <legend>Disagreements</legend>
      <p className="ed-help">Where sources give different accounts of this event.</p>
      {disagreements.map((d, j) => (
        <DisagreementItem
          key={j}
          path={`${at}.disagreements[${j}]`}
          d={d}
          j={j}
          sources={sources}
          onChange={(next, key) =>
            onChange(
              replaceAt(disagreements, j, () => next),
              key,
            )
          }
          onRemove={() => onChange(removeAt(disagreements, j), `${list}#${n - 1}`)}
        />
      ))}
      <button
        type="button"
        onClick={() =>
          onChange(
            [
              ...disagreements,
              // The schema needs two accounts, so a new disagreement starts with two to fill in.
              { about: '', accounts: [blankAccount(sources), blankAccount(sources)] },
            ],
            `${list}#${n + 1}`,
          )
        }
      >
        Add disagreement
      </button>
    </fieldset>
  );
}
