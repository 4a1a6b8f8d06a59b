import { type MouseEvent, type ReactNode, useId, useState } from 'react';
import { LazyMenu, LazyMenuItem } from './lazy-menu';

export interface Choice<T extends string> {
  value: T;
  label: string;
  icon?: ReactNode;
}

/** What the trigger button needs to announce and open its menu. */
export interface MenuTriggerProps {
  'aria-haspopup': 'menu';
  'aria-controls': string | undefined;
  'aria-expanded': true | undefined;
  onClick: (event: MouseEvent<HTMLElement>) => void;
}

interface ChoiceMenuProps<T extends string> {
  choices: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
  renderTrigger: (props: MenuTriggerProps) => ReactNode;
}

/** A button that opens a single-choice menu (`menuitemradio`): lighter than a Select on a first route. */
export function ChoiceMenu<T extends string>({ choices, value, onChange, renderTrigger }: ChoiceMenuProps<T>) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  return (
    <>
      {renderTrigger({
        'aria-haspopup': 'menu',
        'aria-controls': anchor ? menuId : undefined,
        'aria-expanded': anchor ? true : undefined,
        onClick: (event) => setAnchor(event.currentTarget),
      })}
      <LazyMenu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {choices.map((choice) => (
          <LazyMenuItem
            key={choice.value}
            role="menuitemradio"
            aria-checked={choice.value === value}
            selected={choice.value === value}
            onClick={() => {
              setAnchor(null);
              onChange(choice.value);
            }}
            sx={{ gap: 1 }}
          >
            {choice.icon}
            {choice.label}
          </LazyMenuItem>
        ))}
      </LazyMenu>
    </>
  );
}
