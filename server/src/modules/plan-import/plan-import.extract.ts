/**
 * Extraction: the bytes of an uploaded document (.docx, text-layer PDF or plain text) turned into blocks in reading
 * order. The format is told by the content first (a .docx is a zip, a PDF starts with %PDF) and by the file name
 * only second. Every failure is an ImportError with a Chinese reason; nothing else escapes.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { type DocumentBlock, type ExtractedDocument, ImportError } from './plan-import.document';
import { extractDocx } from './plan-import.docx';
import { extractPdf } from './plan-import.pdf';

/** Files larger than this are refused before they are read. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

const tooLarge = () => new ImportError('DOCUMENT_TOO_LARGE', '文件超过 20 MB，无法导入，请压缩图片或拆分后再试');
const empty = () => new ImportError('EMPTY_DOCUMENT', '文件是空的，没有可导入的内容');

const startsWith = (bytes: Uint8Array, signature: number[], at = 0) =>
  signature.every((byte, i) => bytes[at + i] === byte);

/** Signatures of images and other binary formats that are certainly not a plan's text. */
const BINARY_FORMATS: { signature: number[]; at?: number; reason: string }[] = [
  { signature: [0x89, 0x50, 0x4e, 0x47], reason: '这是一张图片（PNG）' },
  { signature: [0xff, 0xd8, 0xff], reason: '这是一张图片（JPEG）' },
  { signature: [0x47, 0x49, 0x46, 0x38], reason: '这是一张图片（GIF）' },
  { signature: [0x42, 0x4d], reason: '这是一张图片（BMP）' },
  { signature: [0x49, 0x49, 0x2a, 0x00], reason: '这是一张图片（TIFF）' },
  { signature: [0x4d, 0x4d, 0x00, 0x2a], reason: '这是一张图片（TIFF）' },
  { signature: [0x57, 0x45, 0x42, 0x50], at: 8, reason: '这是一张图片（WebP）' },
  {
    signature: [0xd0, 0xcf, 0x11, 0xe0],
    reason: '这是旧版 Word 文档（.doc）或其他 Office 文件，请另存为 .docx 后再导入',
  },
  { signature: [0x7b, 0x5c, 0x72, 0x74, 0x66], reason: '这是 RTF 文档，请另存为 .docx 后再导入' },
];

export async function extractDocument(bytes: Uint8Array, fileName: string): Promise<ExtractedDocument> {
  try {
    return await extract(bytes, fileName);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    // Whatever a library throws on a malformed file is a damaged file to the user, never a crash.
    throw new ImportError('DAMAGED_DOCUMENT', '文件已损坏或格式无法识别，无法读取');
  }
}

async function extract(bytes: Uint8Array, fileName: string): Promise<ExtractedDocument> {
  if (bytes.length === 0) throw empty();
  if (bytes.length > MAX_DOCUMENT_BYTES) throw tooLarge();
  const extension = path.extname(fileName).toLowerCase();

  let format: ExtractedDocument['format'];
  let blocks: DocumentBlock[];
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    format = 'docx';
    blocks = extractDocx(bytes);
  } else if (isPdf(bytes)) {
    format = 'pdf';
    blocks = await extractPdf(bytes);
  } else {
    const binary = BINARY_FORMATS.find((f) => startsWith(bytes, f.signature, f.at ?? 0));
    if (binary)
      throw new ImportError('UNSUPPORTED_FORMAT', `${binary.reason}，无法导入：请上传 .docx、PDF 或纯文本文件`);
    if (extension === '.docx' || extension === '.pdf') {
      throw new ImportError(
        'DAMAGED_DOCUMENT',
        `文件名是 ${extension}，内容却不是${extension === '.pdf' ? ' PDF' : ' Word 文档'}：文件可能已损坏`,
      );
    }
    format = 'text';
    blocks = textBlocks(decodeText(bytes));
  }
  if (!blocks.some((b) => (b.kind === 'paragraph' ? b.text : b.rows.flat().join('')).trim())) throw empty();
  return { format, blocks };
}

function isPdf(bytes: Uint8Array): boolean {
  // The header may follow a little junk (the PDF standard lets readers look in the first 1 024 bytes).
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

/** Text in UTF-8 (with or without BOM), UTF-16 with a BOM, or GB18030/GBK as Chinese Windows writes it. */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  let text: string | null = null;
  for (const encoding of ['utf-8', 'gb18030']) {
    try {
      text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
      break;
    } catch {
      // try the next encoding
    }
  }
  // Control characters other than tab and line breaks mean a binary file that happened to decode.
  let controls = 0;
  for (const ch of text ?? '') {
    const code = ch.charCodeAt(0);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) controls++;
  }
  if (text === null || controls > Math.max(2, text.length / 1000)) {
    throw new ImportError(
      'UNSUPPORTED_FORMAT',
      '无法识别的文件格式，请上传 .docx、PDF 或纯文本文件（UTF-8 或 GBK 编码）',
    );
  }
  return text;
}

/** One paragraph per non-empty line. */
function textBlocks(text: string): DocumentBlock[] {
  return text
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => ({ kind: 'paragraph', text: line }));
}

/** Reads a file from disk and extracts it, refusing an oversized file before reading it. */
export async function readDocumentFile(filePath: string): Promise<ExtractedDocument> {
  const stat = await fs.stat(filePath);
  if (stat.size > MAX_DOCUMENT_BYTES) throw tooLarge();
  return extractDocument(new Uint8Array(await fs.readFile(filePath)), path.basename(filePath));
}
