import { serverNow } from '@/api/server-clock';
import { useNow } from './use-now';

/** Now on the Control Service's clock (epoch ms), re-read every `intervalMs`: for comparing with its timestamps. */
export function useServerNow(intervalMs = 1000): number {
  return serverNow(useNow(intervalMs).getTime());
}
