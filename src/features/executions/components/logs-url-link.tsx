import Link from '@mui/material/Link';
import type { ReactNode } from 'react';
import { useConfig } from '@/config/config-context';
import { safeHttpUrl } from '@/lib/safe-url';

/** A link to the execution's persisted logs (`logs_url`), only when it is http(s); opens where the config says. */
export function LogsUrlLink({ url, children }: { url: string | null | undefined; children: ReactNode }) {
  const { logsUrlTarget } = useConfig();
  const href = safeHttpUrl(url);
  if (!href) return null;
  return (
    <Link href={href} target={logsUrlTarget} rel={logsUrlTarget === '_blank' ? 'noopener noreferrer' : undefined}>
      {children}
    </Link>
  );
}
