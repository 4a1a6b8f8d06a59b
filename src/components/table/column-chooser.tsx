import CheckIcon from '@mui/icons-material/Check';
import ViewColumnIcon from '@mui/icons-material/ViewColumn';
import Button from '@mui/material/Button';
import Box from '@mui/material/Box';
import { LazyMenu, LazyMenuItem } from '@/components/menu/lazy-menu';
import { useId, useState } from 'react';
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
        startIcon={<ViewColumnIcon />}
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
              <Box component="span" sx={{ width: 28, display: 'inline-flex' }}>
                {checked && <CheckIcon fontSize="small" aria-hidden />}
              </Box>
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
