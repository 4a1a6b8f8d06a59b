import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Icon } from '@/components/ui/icon';
import { ArrowDropDownIcon, CheckIcon } from '@/components/ui/icons';
import type { FilterOption } from './filter-menu';
import styles from './checklist-filter-menu.module.css';
import filterMenuStyles from './filter-menu.module.css';
import { LazyMenu, LazyMenuItem } from './lazy-menu';

interface ChecklistFilterMenuProps<T extends string> {
  /** What is filtered: "Status". The button reads "Status: Running, Submitted". */
  label: string;
  options: readonly FilterOption<T>[];
  value: readonly T[];
  onChange: (value: T[]) => void;
  /** What the button reads when nothing is ticked: "All statuses". */
  noneChosen: string;
}

/**
 * A filter of several choices, drawn as FilterMenu: its menu (`menuitemcheckbox`, as the column chooser's) stays open
 * to tick more. Kept apart from FilterMenu and ChoiceMenu, which the job list loads before its first content: sharing
 * code with them cost that route ~80 gzip bytes.
 */
export function ChecklistFilterMenu<T extends string>(props: ChecklistFilterMenuProps<T>) {
  const { label, options, value, onChange, noneChosen } = props;
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const labelOf = (chosen: T) => options.find((option) => option.value === chosen)?.label ?? chosen;
  const toggle = (picked: T) =>
    onChange(value.includes(picked) ? value.filter((other) => other !== picked) : [...value, picked]);
  return (
    <>
      <Button
        variant="outlined"
        color="inherit"
        endIcon={<Icon icon={ArrowDropDownIcon} />}
        className={filterMenuStyles.trigger}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? true : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        {label}: {value.map(labelOf).join(', ') || noneChosen}
      </Button>
      <LazyMenu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {options.map((option) => {
          const checked = value.includes(option.value);
          return (
            <LazyMenuItem
              key={option.value}
              role="menuitemcheckbox"
              aria-checked={checked}
              selected={checked}
              onClick={() => toggle(option.value)}
            >
              {/* Ticked by a mark, not only by the selected shade. */}
              <span className={styles.check}>{checked && <Icon icon={CheckIcon} fontSize="small" />}</span>
              {option.label}
            </LazyMenuItem>
          );
        })}
      </LazyMenu>
    </>
  );
}
