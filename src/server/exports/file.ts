/** A generated or stored file on its way to the user: its bytes, checked type and download name. */
export interface DownloadFile {
  bytes: Buffer;
  mime: string;
  fileName: string;
}
