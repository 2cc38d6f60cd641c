/**
 * Text encodings: the single entry point for the bytes of a text document
 * (`decodeText`) and for text extracted from .docx/.pdf files typed in a
 * legacy Vietnamese font (`repairLegacyFontText`).
 */
export {
  decodeText,
  repairLegacyFontText,
  DETECTED_ENCODINGS,
  LEGACY_FONTS,
  type DecodedText,
  type DetectedEncoding,
  type LegacyFont,
  type RepairedText,
} from './decode.ts';
export { looksBinary } from './binary.ts';
export { scoreVietnamese, isVietnameseSyllable, type VietnameseScore } from './score.ts';
export { TCVN3_TABLE, decodeTcvn3Text, mapTcvn3Chars, restoreTcvn3Capitals } from './tcvn3.ts';
export { VNI_MODIFIERS, VNI_SINGLE_LETTERS, decodeVniText } from './vni.ts';
