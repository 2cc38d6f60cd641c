import { Button, type ButtonProps } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconFileSpreadsheet } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { ApiError } from '../lib/api.ts';
import { errorMessage } from './ErrorAlert.tsx';

/** The file name the server gave (RFC 6266: `filename*` in UTF-8 first), else the fallback. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      // A malformed escape: fall through to the plain name.
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  return plain?.[1]?.trim() || fallback;
}

/**
 * Downloads a file the server builds (Word, Excel). Fetched rather than
 * linked so that a refusal shows the server's Vietnamese message instead of
 * saving an error page as "bao-cao.docx".
 */
export async function downloadFile(url: string, fallbackName: string): Promise<void> {
  let res: Response;
  try {
    res = await fetch(url, { credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'NETWORK', 'Không kết nối được máy chủ. Kiểm tra đường truyền và thử lại.');
  }
  if (!res.ok) {
    let message = `Không tải được tệp (lỗi ${res.status}).`;
    try {
      const body = (await res.json()) as { error?: { message?: string } };
      if (body.error?.message) message = body.error.message;
    } catch {
      // Not JSON: keep the generic message.
    }
    throw new ApiError(res.status, 'DOWNLOAD_FAILED', message);
  }
  const blob = await res.blob();
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = fileNameOf(res.headers.get('content-disposition'), fallbackName);
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser a moment to start saving before the blob is released.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

/** A button that downloads a file, busy while the server builds it, errors in a notification. */
export function DownloadButton({
  url,
  fileName,
  children,
  icon,
  ...props
}: { url: string; fileName: string; children: ReactNode; icon?: ReactNode } & Omit<ButtonProps, 'children'>) {
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      await downloadFile(url, fileName);
    } catch (e) {
      notifications.show({ color: 'red', title: 'Không tải được tệp', message: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="default" size="xs" leftSection={icon ?? <IconDownload size={14} />} loading={busy} onClick={() => void run()} {...props}>
      {children}
    </Button>
  );
}

/** "Tải .xlsx" beside a table or chart. */
export function XlsxButton({ url, fileName, label = 'Tải .xlsx' }: { url: string; fileName: string; label?: string }) {
  return (
    <DownloadButton url={url} fileName={fileName} icon={<IconFileSpreadsheet size={14} />} className="no-print" variant="subtle" aria-label={`${label} — ${fileName}`}>
      {label}
    </DownloadButton>
  );
}
