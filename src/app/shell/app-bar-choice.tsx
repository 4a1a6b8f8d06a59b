import type { ReactNode } from 'react';
import { type Choice, ChoiceMenu } from '@/components/menu/choice-menu';
import { Button } from '@/components/ui/button';
import { IconButton } from '@/components/ui/icon-button';
import styles from './app-bar-choice.module.css';

export type { Choice };

interface AppBarChoiceProps<T extends string> {
  /** Accessible name of the button, naming the current choice: "Theme: Dark". */
  label: string;
  /** What the button shows: text (a Button) or an icon (an IconButton). */
  display: { text: ReactNode } | { icon: ReactNode };
  choices: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
}

/** An app-bar button that opens a single-choice menu. */
export function AppBarChoice<T extends string>({ label, display, ...menu }: AppBarChoiceProps<T>) {
  return (
    <ChoiceMenu
      {...menu}
      renderTrigger={(trigger) =>
        'icon' in display ? (
          <IconButton color="inherit" label={label} title={label} {...trigger}>
            {display.icon}
          </IconButton>
        ) : (
          <Button color="inherit" aria-label={label} title={label} className={styles.textButton} {...trigger}>
            {display.text}
          </Button>
        )
      }
    />
  );
}
