import { ChoiceMenu } from '@/components/menu/choice-menu';
import { Button } from '@/components/ui/button';
import { Icon } from '@/components/ui/icon';
import { ArrowDropDownIcon } from '@/components/ui/icons';
import styles from './filter-menu.module.css';

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
          endIcon={<Icon icon={ArrowDropDownIcon} />}
          className={styles.trigger}
          {...trigger}
        >
          {label}: {current}
        </Button>
      )}
    />
  );
}
