import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/api/api-client-context';
import { downloadKeytab, downloadSource } from '@/api/jobs/mutations';
import type { JobRef } from '@/api/types';
import { saveFile } from '@/lib/save-file';

export type DownloadKind = 'keytab' | 'source';

/** Keytab and source zip: one-off reads saved as files, with their failure kept to show next to the button. */
export function useJobDownload(ref: JobRef, kind: DownloadKind) {
  const client = useApiClient();
  return useMutation({
    mutationFn: async () => {
      const blob = kind === 'keytab' ? await downloadKeytab(client, ref) : await downloadSource(client, ref);
      saveFile(blob, kind === 'keytab' ? `${ref.job}.keytab` : `${ref.job}.zip`);
    },
  });
}
