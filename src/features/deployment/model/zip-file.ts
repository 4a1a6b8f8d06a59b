/** Every zip file starts with a local file header "PK\x03\x04" (or "PK\x05\x06" when empty). */
const ZIP_MAGIC = [0x50, 0x4b];

export type ZipCheck = { ok: true } | { ok: false; reason: string };

/** Checks a chosen file before it is uploaded: the service would only say "upload is invalid". */
export async function checkZipFile(file: File): Promise<ZipCheck> {
  if (file.size === 0) return { ok: false, reason: `${file.name} is empty.` };
  const head = new Uint8Array(await readHead(file));
  const isZip = head.length >= 2 && head[0] === ZIP_MAGIC[0] && head[1] === ZIP_MAGIC[1];
  if (!isZip) {
    return {
      ok: false,
      reason: `${file.name} is not a zip archive. Zip the job folder (the one with config.ini and the steps) and choose that file.`,
    };
  }
  return { ok: true };
}

function readHead(file: File): Promise<ArrayBuffer> {
  const head = file.slice(0, 4);
  // jsdom's Blob lacks arrayBuffer(); FileReader works everywhere.
  if (typeof head.arrayBuffer === 'function') return head.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('Could not read the file.'));
    reader.readAsArrayBuffer(head);
  });
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
