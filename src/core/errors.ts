/**
 * Stable error codes with their Vietnamese messages. The server answers
 * `{ error: { code, message, details? } }`; the web app shows `message` and
 * may branch on `code`. Codes never change once released.
 */
export const ERROR_MESSAGES = {
  VALIDATION_FAILED: 'Dữ liệu gửi lên không hợp lệ.',
  UNAUTHENTICATED: 'Bạn chưa đăng nhập hoặc phiên làm việc đã hết hạn.',
  FORBIDDEN: 'Bạn không có quyền thực hiện thao tác này.',
  OUT_OF_SCOPE: 'Đối tượng này thuộc đơn vị ngoài phạm vi của bạn.',
  NOT_FOUND: 'Không tìm thấy đối tượng yêu cầu.',
  CSRF_FAILED: 'Yêu cầu thiếu mã chống giả mạo (CSRF). Hãy tải lại trang và thử lại.',
  LOGIN_FAILED: 'Tên đăng nhập hoặc mật khẩu không đúng.',
  LOGIN_RATE_LIMITED: 'Đăng nhập sai quá nhiều lần. Hãy thử lại sau ít phút.',
  ACCOUNT_DISABLED: 'Tài khoản đã bị khóa.',
  PASSWORD_TOO_WEAK: 'Mật khẩu mới phải có ít nhất 10 ký tự, gồm chữ và số.',
  PASSWORD_CHANGE_REQUIRED: 'Bạn đang dùng mật khẩu tạm thời. Hãy đổi mật khẩu trước khi tiếp tục.',
  PASSWORD_WRONG: 'Mật khẩu hiện tại không đúng.',
  VERSION_CONFLICT: 'Dữ liệu đã được người khác thay đổi trong lúc bạn sửa. Hãy xem bản mới nhất.',
  DUPLICATE: 'Đối tượng đã tồn tại.',
  PLAN_NUMBER_EXISTS: 'Đã có kế hoạch mang số hiệu này.',
  IMPORT_NOT_DRAFT: 'Bản nhập này đã được công bố hoặc hủy.',
  IMPORT_INCOMPLETE: 'Chưa thể công bố: còn thông tin bắt buộc chưa hoàn chỉnh.',
  UNIT_HAS_CHILDREN: 'Không thể xóa đơn vị còn đơn vị trực thuộc.',
  UNIT_IN_USE: 'Đơn vị đang được dùng trong kế hoạch hoặc tài khoản.',
  UNIT_CYCLE: 'Không thể đặt đơn vị làm cấp dưới của chính nó.',
  FILE_TOO_LARGE: 'Tệp quá lớn.',
  FILE_TYPE_NOT_ALLOWED: 'Loại tệp không được phép.',
  UNSUPPORTED_TYPE: 'Không đọc được loại tệp này. Hãy dùng .txt, .docx hoặc .pdf.',
  BINARY_NOT_TEXT: 'Tệp không phải văn bản.',
  DOCX_INVALID: 'Tệp Word bị hỏng hoặc không đúng định dạng .docx.',
  DOCX_TOO_LARGE_UNCOMPRESSED: 'Tệp Word giải nén ra quá lớn (nghi ngờ tệp độc hại).',
  PDF_NEEDS_OCR: 'Tệp PDF không có lớp văn bản (bản chụp); cần nhận dạng ký tự (OCR) trước khi nhập.',
  PDF_INVALID: 'Tệp PDF bị hỏng.',
  EMPTY_FILE: 'Tệp rỗng.',
  REPORT_LOCKED: 'Đã quá hạn khóa sổ: không thể nhập hoặc gửi báo cáo kỳ này. Hãy đề nghị cơ quan điều phối gia hạn.',
  REPORT_APPROVAL_REQUIRED: 'Báo cáo cần lãnh đạo đơn vị duyệt trước khi gửi.',
  REPORT_WRONG_STATUS: 'Báo cáo đang ở trạng thái không cho phép thao tác này.',
  REPORT_INCOMPLETE: 'Báo cáo chưa đầy đủ hoặc có số liệu không hợp lệ.',
  UNIT_STILL_ACTIVE: 'Đơn vị vẫn đang hoạt động: chỉ chuyển giao công việc của đơn vị đã kết thúc (có ngày hết hiệu lực).',
  SUCCESSORS_UNCONFIRMED: 'Chưa có đơn vị kế thừa nào được xác nhận. Hãy xác nhận đơn vị kế thừa trước khi chuyển giao.',
  RETRY_LATER: 'Nhiều người cùng thao tác trên một đối tượng; thao tác của bạn chưa được thực hiện. Hãy thử lại.',
  INTERNAL: 'Lỗi hệ thống. Thao tác chưa được thực hiện; hãy thử lại.',
  RATE_LIMITED: 'Quá nhiều yêu cầu. Hãy thử lại sau.',
  CONSOLIDATION_NO_PERIODS: 'Kế hoạch không có kỳ báo cáo nào trong khoảng đã chọn.',
  CONSOLIDATION_SECTION_UNKNOWN: 'Báo cáo tổng hợp không có mục này (có thể mục đã được làm mới). Hãy tải lại báo cáo.',
  DOCX_TEMPLATE_INVALID: 'Mẫu Word không hợp lệ: không phải tệp .docx, hoặc có lệnh không được phép (mẫu chỉ được dùng tên dữ liệu).',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export interface ApiErrorBody {
  error: { code: ErrorCode | string; message: string; details?: unknown };
}
