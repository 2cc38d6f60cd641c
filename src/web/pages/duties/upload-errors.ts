import { errorMessage } from '../../components/ErrorAlert.tsx';
import { ApiError } from '../../lib/api.ts';
import { formatBytes } from '../../lib/format.ts';

/** The server's codes for a refused upload, in words that say what to do next. */
export function uploadErrorMessage(error: unknown, files: readonly File[], invalid = 'Dữ liệu gửi lên chưa hợp lệ.'): string {
  if (!(error instanceof ApiError)) return errorMessage(error);
  switch (error.code) {
    case 'FILE_TOO_LARGE': {
      const max = (error.details as { maxBytes?: number } | undefined)?.maxBytes;
      return `Tệp đính kèm quá lớn${max ? ` (tối đa ${formatBytes(max)} mỗi tệp)` : ''}. Hãy nén, chia nhỏ hoặc chụp lại với độ phân giải thấp hơn rồi gửi lại.`;
    }
    case 'NETWORK': {
      // A server refusing an oversized body may cut the connection before the
      // browser has sent it all, which the browser reports as a network error.
      const big = files.reduce((sum, f) => sum + f.size, 0) > 5 * 1024 * 1024;
      return big ? `${error.message} Nếu đường truyền vẫn tốt, có thể tệp đính kèm quá lớn: hãy thử tệp nhỏ hơn.` : error.message;
    }
    case 'FILE_TYPE_NOT_ALLOWED': {
      const name = (error.details as { fileName?: string } | undefined)?.fileName;
      return `Loại tệp không được phép${name ? ` (${name})` : ''}. Chỉ nhận PDF, Word, Excel, PowerPoint, ảnh PNG/JPG/WebP và văn bản .txt.`;
    }
    case 'EMPTY_FILE':
      return 'Có tệp đính kèm rỗng. Hãy chọn lại tệp.';
    case 'VALIDATION_FAILED':
      return (error.details as { reason?: string } | undefined)?.reason ?? invalid;
    default:
      return error.message;
  }
}

