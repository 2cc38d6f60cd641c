/**
 * .pdf → text through unpdf (pdf.js 5.6 built for servers; pinned because
 * pdf.js 6 needs Node 22). A scanned PDF has pages but no text layer: that is
 * refused with PDF_NEEDS_OCR rather than imported as an empty plan.
 */
import { extractText, getDocumentProxy } from 'unpdf';
import { IngestError } from './errors.ts';

export interface PdfLimits {
  /** Most pages read (default 500; a plan has a handful). */
  maxPages: number;
}

export const DEFAULT_PDF_LIMITS: PdfLimits = { maxPages: 500 };

/**
 * Fewer letters or digits than this per page, on average, means there is no
 * real text layer (a scan with a page number or a stamp). A typed page of a
 * plan has well over a thousand.
 */
const MIN_CHARACTERS_PER_PAGE = 50;

export async function readPdf(bytes: Uint8Array, limits: PdfLimits = DEFAULT_PDF_LIMITS): Promise<string> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js may take ownership of (detach) the buffer: give it a copy.
    pdf = await getDocumentProxy(bytes.slice(), { verbosity: 0, isEvalSupported: false, stopAtErrors: false });
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') {
      throw new IngestError('PDF_INVALID', 'Tệp PDF có mật khẩu; hãy bỏ mật khẩu rồi tải lên lại.', { cause: error });
    }
    throw new IngestError('PDF_INVALID', 'Tệp PDF bị hỏng hoặc không đúng định dạng PDF.', { cause: error });
  }
  try {
    if (pdf.numPages > limits.maxPages) {
      throw new IngestError('FILE_TOO_LARGE', `Tệp PDF có ${pdf.numPages} trang, vượt quá giới hạn ${limits.maxPages} trang.`);
    }
    let text: string;
    try {
      text = (await extractText(pdf, { mergePages: true })).text;
    } catch (error) {
      throw new IngestError('PDF_INVALID', 'Tệp PDF bị hỏng: không đọc được nội dung các trang.', { cause: error });
    }
    const characters = text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
    if (characters < MIN_CHARACTERS_PER_PAGE * Math.max(1, pdf.numPages)) {
      throw new IngestError(
        'PDF_NEEDS_OCR',
        'Tệp PDF không có lớp văn bản (bản chụp/scan); cần nhận dạng ký tự (OCR) trước khi nhập.',
      );
    }
    return text;
  } finally {
    await pdf.destroy();
  }
}
