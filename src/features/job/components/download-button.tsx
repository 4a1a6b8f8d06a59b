import { Suspense } from 'react';
import { isNotFound } from '@/api/errors';
import type { JobRef } from '@/api/types';
import { lazyWithMui } from '@/components/theme/lazy-with-mui';
import { Button } from '@/components/ui/button';
import { Icon } from '@/components/ui/icon';
import { DownloadIcon } from '@/components/ui/icons';
import { useJobDownload, type DownloadKind } from '../hooks/use-job-downloads';

const DownloadFailedNotice = lazyWithMui(() => import('./download-failed-notice').then((module) => module.default));

const TEXT: Record<DownloadKind, { label: string; missing: string }> = {
  keytab: {
    label: 'Download keytab',
    missing: 'This job has no keytab: it was created with "Generate keytab" off, or its credentials were removed.',
  },
  source: {
    label: 'Download source',
    missing: 'This job has no source yet: upload a version on the Deployment tab first.',
  },
};

export function DownloadButton({ jobRef, kind }: { jobRef: JobRef; kind: DownloadKind }) {
  const download = useJobDownload(jobRef, kind);
  const { label, missing } = TEXT[kind];
  const message = download.error
    ? isNotFound(download.error)
      ? missing
      : `${label} failed: ${download.error.message}`
    : '';
  return (
    <>
      <Button
        variant="outlined"
        startIcon={<Icon icon={DownloadIcon} />}
        onClick={() => download.mutate()}
        disabled={download.isPending}
      >
        {download.isPending ? 'Downloading…' : label}
      </Button>
      {download.isError && (
        <Suspense fallback={null}>
          <DownloadFailedNotice message={message} onClose={() => download.reset()} />
        </Suspense>
      )}
    </>
  );
}
