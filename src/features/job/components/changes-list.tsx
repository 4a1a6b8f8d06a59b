import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { displayValue, type KeyValueChange } from '../model/key-values';

const VERB: Record<KeyValueChange['change'], string> = { added: 'Added', removed: 'Removed', changed: 'Changed' };

/** Key-by-key changes, as text (never colour alone); secret values are never shown. */
export function ChangesList({
  changes,
  hideValues,
  label,
}: {
  changes: KeyValueChange[];
  hideValues: boolean;
  label: string;
}) {
  const value = (v: unknown) => (hideValues ? 'hidden value' : displayValue(v));
  return (
    <Box component="ul" aria-label={label} sx={{ pl: 2, my: 1 }}>
      {changes.map((change) => (
        <li key={change.key}>
          <Typography variant="body2" component="span">
            <strong>{VERB[change.change]}</strong> <code>{change.key}</code>
            {change.change === 'added' && <>: {value(change.after)}</>}
            {change.change === 'removed' && <> (was {value(change.before)})</>}
            {change.change === 'changed' && (
              <>
                : {value(change.before)} → {value(change.after)}
              </>
            )}
          </Typography>
        </li>
      ))}
    </Box>
  );
}
