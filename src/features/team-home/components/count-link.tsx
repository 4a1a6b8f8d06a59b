import type { ReactNode } from 'react';
import { Text } from '@/components/ui/text';
import { TextLink } from '@/components/ui/text-link';
import { formatNumber } from '@/lib/words';
import styles from './count-link.module.css';

interface CountLinkProps {
  count: number;
  /** What is counted, said after the number: "running" → "3 running". */
  label: string;
  to: string;
  icon?: ReactNode;
}

/** A number that opens the filtered page behind it: never a dead number. Huge counts keep their digits. */
export function CountLink({ count, label, to, icon }: CountLinkProps) {
  return (
    <TextLink to={to} underline="hover" color="inherit" className={styles.link}>
      {icon}
      <Text as="span" variant="h5" className={styles.count}>
        {formatNumber(count)}
      </Text>{' '}
      <Text as="span" variant="body2" color="text.secondary">
        {label}
      </Text>
    </TextLink>
  );
}
