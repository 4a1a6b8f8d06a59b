import { useId, useState } from 'react';
import { LazyMenu, LazyMenuItem } from '@/components/menu/lazy-menu';
import { Button } from '@/components/ui/button';
import { Icon } from '@/components/ui/icon';
import { CheckIcon, ViewColumnIcon } from '@/components/ui/icons';
import styles from './column-chooser.module.css';
import type { TableColumn } from './table-columns';

interface ColumnChooserProps<Id extends string> {
  columns: readonly TableColumn<Id, string>[];
  visible: ReadonlySet<Id>;
  onToggle: (id: Id, show: boolean) => void;
  onReset: () => void;
  /** Names the table when a page has several. */
  label?: string;
}

/** Which columns a table shows; remembered in this browser. Columns that stepped out on a narrow screen come back here. */
export function ColumnChooser<Id extends string>({
  columns,
  visible,
  onToggle,
  onReset,
  label,
}: ColumnChooserProps<Id>) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const optional = columns.filter((column) => !column.required);
  return (
    <>
      <Button
        size="small"
        startIcon={<Icon icon={ViewColumnIcon} />}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? true : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
        aria-label={label}
      >
        Columns
      </Button>
      <LazyMenu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {optional.map((column) => {
          const checked = visible.has(column.id);
          return (
            <LazyMenuItem
              key={column.id}
              role="menuitemcheckbox"
              aria-checked={checked}
              onClick={() => onToggle(column.id, !checked)}
              dense
            >
              <span className={styles.check}>{checked && <Icon icon={CheckIcon} fontSize="small" />}</span>
              {column.label}
            </LazyMenuItem>
          );
        })}
        <LazyMenuItem onClick={onReset} dense divider={false} sx={{ borderTop: 1, borderColor: 'divider', pl: 5.5 }}>
          Reset to defaults
        </LazyMenuItem>
      </LazyMenu>
    </>
  );
}
