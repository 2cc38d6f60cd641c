/** A generated or stored file on its way to the user: its bytes, checked type and download name. */
export interface DownloadFile {
  bytes: Buffer;
  mime: string;
  fileName: string;
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
