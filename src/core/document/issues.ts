/**
 * Warnings for the person checking an import. Codes are stable (the UI may
 * map them); messages are Vietnamese and say what to check.
 */
import { assertNever } from '../assert-never.ts';
import type { ParseIssue, ParseIssueCode } from './types.ts';

function messageOf(code: ParseIssueCode): string {
  switch (code) {
    case 'ENCODING_DETECTED':
      return 'Văn bản được chuyển từ bảng mã cũ; cần soát lại chữ có dấu.';
    case 'EMPTY_DOCUMENT':
      return 'Văn bản rỗng.';
    case 'NO_NUMBER':
      return 'Không tìm thấy số và ký hiệu văn bản.';
    case 'NO_ISSUER':
      return 'Không xác định được cơ quan ban hành.';
    case 'NO_DATE':
      return 'Không tìm thấy địa danh và ngày ban hành.';
    case 'BLANK_DATE':
      return 'Ngày ban hành để trống (chưa điền ngày, tháng).';
    case 'INVALID_DATE':
      return 'Ngày ban hành không phải là một ngày có thật.';
    case 'NO_TYPE':
      return 'Không xác định được loại văn bản.';
    case 'NO_TITLE':
      return 'Không tìm thấy trích yếu (tên) của văn bản.';
    case 'NO_SECTIONS':
      return 'Không nhận ra bố cục phần, mục của văn bản.';
    case 'NO_ASSIGNMENTS':
      return 'Không tìm thấy phân công nhiệm vụ cho đơn vị nào.';
    case 'NO_RECIPIENTS':
      return 'Không tìm thấy mục "Nơi nhận".';
    case 'UNRESOLVED_DEADLINE':
      return 'Thời hạn không xác định được ngày cụ thể; cần nhập tay.';
    case 'CITATION_WITHOUT_DATE':
      return 'Văn bản được viện dẫn không ghi ngày ban hành.';
    case 'TRUNCATED':
      return 'Văn bản có vẻ bị cắt cụt hoặc không đọc hết được.';
    case 'FILE_TYPE_MISMATCH':
      return 'Nội dung tệp không đúng định dạng mà tên tệp cho biết; đã đọc theo định dạng thực.';
    case 'PARSER_ERROR':
      return 'Lỗi khi phân tích văn bản; kết quả có thể thiếu, cần kiểm tra lại.';
    default:
      return assertNever(code, 'mã cảnh báo');
  }
}

export function issue(code: ParseIssueCode, line: number | null, message?: string): ParseIssue {
  return { code, message: message ?? messageOf(code), line };
}
