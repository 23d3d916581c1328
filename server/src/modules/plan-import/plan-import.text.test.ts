import { describe, expect, it } from 'vitest';
import { documentForParser, textToDocument } from './plan-import.text';

describe('pasted text to blocks', () => {
  it('makes a paragraph of each line, normalising CRLF, full-width spaces and page numbers', () => {
    expect(
      textToDocument('\u3000\u3000一、目标\r\n\r\n— 3 —\r\n- 12 -\r\n第 2 页 共 9 页\r\n（一）甲。\r').blocks,
    ).toEqual([
      { kind: 'paragraph', text: '一、目标' },
      { kind: 'paragraph', text: '（一）甲。' },
    ]);
  });

  it('makes a table of a run of tab or bar separated lines, dropping a markdown rule', () => {
    expect(textToDocument('序号\t任务\n1\t甲\n| a | b |\n|---|---|\n｜c｜d｜\n正文一段。\n一行|文字').blocks).toEqual([
      {
        kind: 'table',
        rows: [
          ['序号', '任务'],
          ['1', '甲'],
          ['a', 'b'],
          ['c', 'd'],
        ],
      },
      { kind: 'paragraph', text: '正文一段。' },
      { kind: 'paragraph', text: '一行|文字' },
    ]);
  });

  it('gives no blocks for an empty text', () => {
    expect(textToDocument('').blocks).toEqual([]);
  });
});

describe('a document as the parser reads it', () => {
  it('reads an extracted text file again, line by line, so that its tables are found', () => {
    const extracted = {
      format: 'text' as const,
      blocks: [
        { kind: 'paragraph' as const, text: '序号\t任务' },
        { kind: 'paragraph' as const, text: '1\t甲' },
        { kind: 'paragraph' as const, text: '正文一段。' },
      ],
    };
    expect(documentForParser(extracted)).toEqual({
      format: 'text',
      blocks: [
        {
          kind: 'table',
          rows: [
            ['序号', '任务'],
            ['1', '甲'],
          ],
        },
        { kind: 'paragraph', text: '正文一段。' },
      ],
    });
  });

  it('takes a .docx or PDF as extracted', () => {
    const extracted = { format: 'docx' as const, blocks: [{ kind: 'paragraph' as const, text: '序号\t任务' }] };
    expect(documentForParser(extracted)).toBe(extracted);
  });
});
