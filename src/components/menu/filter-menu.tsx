import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import Button from '@mui/material/Button';
import { ChoiceMenu } from '@/components/menu/choice-menu';

export interface FilterOption<T extends string> {
  value: T;
  label: string;
}

interface FilterMenuProps<T extends string> {
  /** What is filtered: "Last status". The button reads "Last status: Any". */
  label: string;
  options: readonly FilterOption<T>[];
  value: T;
  onChange: (value: T) => void;
}

/** A single-choice filter as an outlined button naming the current choice. */
export function FilterMenu<T extends string>({ label, options, value, onChange }: FilterMenuProps<T>) {
  const current = options.find((option) => option.value === value)?.label ?? value;
  return (
    <ChoiceMenu
      choices={options}
      value={value}
      onChange={onChange}
      renderTrigger={(trigger) => (
        <Button
          variant="outlined"
          color="inherit"
          endIcon={<ArrowDropDownIcon />}
          sx={{ textTransform: 'none', borderColor: 'divider' }}
          {...trigger}
        >
          {label}: {current}
        </Button>
      )}
    />
  );
}
