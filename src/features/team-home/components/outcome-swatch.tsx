import { classNames } from '@/components/ui/class-names';
import type { OutcomeKey } from '../model/outcomes';
import look from './outcome-look.module.css';

/** The legend's sample of an outcome's look. */
export function OutcomeSwatch({ outcome }: { outcome: OutcomeKey }) {
  return <span aria-hidden className={classNames(look.swatch, look[outcome])} />;
}
