import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { ImportError, type ImportRefusal } from './plan-import.document';
import { chineseNumber, extractDocx } from './plan-import.docx';
import { extractDocument } from './plan-import.extract';
import {
  BOSHAN_TEXT,
  encodeGbk,
  findCjkFont,
  makeDocx,
  makeNonEmbeddedCjkPdf,
  makePdf,
  makePng,
  makeScannedPdf,
  makeZip,
  nonEmptyLines,
} from './plan-import.fixtures';
import { rebuildLines } from './plan-import.pdf';

const TASK_TABLE = {
  header: ['序号', '任务', '牵头单位', '配合单位', '完成时限'],
  rows: [
    ['1', '建立知识产权保护工作站', '区市场监管局', '区司法局、区法院', '2023年底前'],
    ['2', '开展专利导航服务', { text: '区科技局', rowSpan: 2 }, '各镇、街道', '长期坚持'],
    ['3', '培育知识产权示范企业', '区工业和信息化局', '持续推进'],
    [{ text: '二、保障措施', columnSpan: 5 }],
  ],
};

/** The refusal an extraction ends in. */
async function refusal(bytes: Uint8Array, name: string): Promise<{ code: ImportRefusal; reason: string }> {
  const error = await extractDocument(bytes, name).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  const { code, reason } = error as ImportError;
  return { code, reason };
}

const paragraphTexts = (blocks: { kind: string; text?: string }[]) =>
  blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);

describe('a Word document (.docx)', () => {
  it('gives every paragraph of the Boshan plan in order, then the task table row by row', async () => {
    const lines = nonEmptyLines(BOSHAN_TEXT);
    const docx = await makeDocx(lines, TASK_TABLE);
    const document = await extractDocument(docx, '博山区知识产权强区方案.docx');

    expect(document.format).toBe('docx');
    expect(document.blocks.slice(0, -1)).toStrictEqual(lines.map((text) => ({ kind: 'paragraph', text })));
    // A cell merged down repeats its text in each row it spans; a cell spanning columns leaves them empty.
    expect(document.blocks.at(-1)).toStrictEqual({
      kind: 'table',
      rows: [
        ['序号', '任务', '牵头单位', '配合单位', '完成时限'],
        ['1', '建立知识产权保护工作站', '区市场监管局', '区司法局、区法院', '2023年底前'],
        ['2', '开展专利导航服务', '区科技局', '各镇、街道', '长期坚持'],
        ['3', '培育知识产权示范企业', '区科技局', '区工业和信息化局', '持续推进'],
        ['二、保障措施', '', '', '', ''],
      ],
    });
  });

  it('writes the numbers Word generates (一、 （一） 1.) in front of numbered paragraphs, restarting below', async () => {
    const docx = await makeDocx([
      '博山区国家知识产权强区试点区建设工作方案',
      { numbered: 0, text: '总体要求' },
      { numbered: 1, text: '指导思想' },
      { numbered: 1, text: '基本原则' },
      { numbered: 0, text: '重点任务' },
      { numbered: 1, text: '强化知识产权创造' },
      { numbered: 2, text: '培育高价值专利' },
      { numbered: 2, text: '推进商标品牌建设' },
      { numbered: 1, text: '加强知识产权保护' },
      { numbered: 2, text: '健全保护体系' },
    ]);
    expect(paragraphTexts((await extractDocument(docx, 'plan.docx')).blocks)).toStrictEqual([
      '博山区国家知识产权强区试点区建设工作方案',
      '一、总体要求',
      '（一）指导思想',
      '（二）基本原则',
      '二、重点任务',
      '（一）强化知识产权创造',
      '1.培育高价值专利',
      '2.推进商标品牌建设',
      '（二）加强知识产权保护',
      '1.健全保护体系',
    ]);
  });

  it('reads what Word itself writes: tracked changes, line breaks, text boxes, numbering through styles', async () => {
    const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${w} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>
<w:p><w:pPr><w:pStyle w:val="Part"/></w:pPr><w:r><w:t>总体要求</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Part"/></w:pPr><w:r><w:t>重点任务</w:t></w:r></w:p>
<w:p><w:pPr><w:pPrChange w:id="1"><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:pPrChange></w:pPr>
  <w:r><w:t xml:space="preserve">到2025年，</w:t></w:r><w:del w:id="2"><w:r><w:delText>有效发明专利</w:delText></w:r></w:del>
  <w:ins w:id="3"><w:r><w:t>每万人发明专利拥有量</w:t></w:r></w:ins><w:r><w:t>提高至9件</w:t></w:r>
  <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
<w:p><w:r><w:t>牵头单位：区市场监管局</w:t></w:r><w:r><w:br/><w:t>配合单位：区财政局</w:t><w:tab/><w:t>各镇、街道</w:t></w:r></w:p>
<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>
  <w:p><w:r><w:t>博政发〔2022〕8号</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>
  <mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>博政发〔2022〕8号</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback>
</mc:AlternateContent></w:r></w:p>
<w:p><w:r><w:t>A &amp; B &lt;C&gt; &#x4E00;</w:t></w:r></w:p>
<w:sectPr/></w:body></w:document>`;
    const styles = `<w:styles ${w}>
<w:style w:styleId="Heading"><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:styleId="Part"><w:basedOn w:val="Heading"/></w:style></w:styles>`;
    const numbering = `<w:numbering ${w}>
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>
  <w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
    const docx = makeZip({
      '[Content_Types].xml': '<Types/>',
      '_rels/.rels':
        '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      'word/document.xml': document,
      'word/styles.xml': styles,
      'word/numbering.xml': numbering,
    });
    expect((await extractDocument(docx, 'word.docx')).blocks).toStrictEqual(
      [
        '一、总体要求',
        '二、重点任务',
        '到2025年，每万人发明专利拥有量提高至9件',
        '牵头单位：区市场监管局',
        '配合单位：区财政局 各镇、街道',
        '博政发〔2022〕8号',
        'A & B <C> 一',
      ].map((text) => ({ kind: 'paragraph', text })),
    );
  });

  it('counts in Chinese as the chineseCounting numbering of Word does', () => {
    expect([1, 9, 10, 11, 20, 21, 99, 100, 105, 110].map(chineseNumber)).toStrictEqual([
      '一',
      '九',
      '十',
      '十一',
      '二十',
      '二十一',
      '九十九',
      '一百',
      '一百零五',
      '一百一十',
    ]);
  });

  it('refuses a .docx cut short, a zip that is not a Word document, and one that inflates without end', async () => {
    const docx = await makeDocx(nonEmptyLines(BOSHAN_TEXT));
    const cut = await refusal(docx.subarray(0, Math.floor(docx.length / 2)), 'plan.docx');
    expect(cut.code).toBe('DAMAGED_DOCUMENT');
    expect(cut.reason).toContain('已损坏');

    expect((await refusal(makeZip({ 'data.csv': 'a,b\n1,2' }), 'data.zip')).code).toBe('UNSUPPORTED_FORMAT');

    // A document.xml of 64 MB of spaces deflates to a few dozen KB: reading stops at the cap, not at the end.
    const bomb = makeZip({ 'word/document.xml': new Uint8Array(64 * 1024 * 1024).fill(0x20) });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(() => extractDocx(bomb, { maxInflatedBytes: 8 * 1024 * 1024 })).toThrow(
      expect.objectContaining({ code: 'DOCUMENT_TOO_LARGE' }),
    );
  });
});

describe('a PDF with a text layer', () => {
  it('rebuilds lines into paragraphs across pages, without the running header and the page numbers', async () => {
    const paragraphs = [
      'Implementation Plan for Intellectual Property 2022-2025',
      'I. General requirements',
      'Guided by the strategy of building a strong intellectual property region, the district will improve the quality of patents, strengthen protection, and serve the development of industry with a complete system of services for enterprises of every size.',
      'II. Main tasks',
      ...Array.from(
        { length: 12 },
        (_, i) =>
          `(${i + 1}) Task number ${i + 1} asks the lead unit to organise the work, report progress every quarter and complete it before the end of 2023, with the support of the participating units named in the table.`,
      ),
    ];
    const pdf = await makePdf(paragraphs, { font: 'latin', header: 'District Government Gazette' });
    const document = await extractDocument(pdf, 'plan.pdf');
    expect(document.format).toBe('pdf');
    expect(paragraphTexts(document.blocks)).toStrictEqual(paragraphs);
  });

  const cjkFont = findCjkFont();
  it.skipIf(!cjkFont)(
    // Skipped without a CJK font (fonts-noto-cjk): pdf-lib needs one to write Chinese text.
    'reads the Boshan plan back paragraph by paragraph from a Chinese PDF of several pages',
    { timeout: 60_000 },
    async () => {
      const lines = nonEmptyLines(BOSHAN_TEXT);
      const pdf = await makePdf(lines, { font: 'cjk', header: '博山区人民政府文件' });
      const document = await extractDocument(pdf, '方案.pdf');
      // A space at the end of a wrapped line is lost, as in any PDF; spaces next to Chinese text do not count.
      const normalized = (texts: (string | undefined)[]) =>
        texts.map((text) => (text ?? '').replace(/\s+/g, ' ').replace(/ ?([^ -~]) ?/g, '$1'));
      expect(normalized(paragraphTexts(document.blocks))).toStrictEqual(normalized(lines));
    },
  );

  it.skipIf(!cjkFont)(
    'reads a ruled task table back into rows and cells, across pages, with a header cell on two lines',
    { timeout: 60_000 },
    async () => {
      const header = ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'];
      const rows = Array.from({ length: 30 }, (_, i) => [
        String(i + 1),
        `推进第${i + 1}项重点工作，完善制度体系，强化要素保障，确保取得实效。`,
        i % 2 ? '县农业农村局' : '各镇、街道',
        i % 3 ? '县财政局、县自然资源局' : '',
        i % 2 ? '2024年底前' : '长期坚持',
      ]);
      // 牵头单位 wraps in its narrow column ("牵头单" / "位" is what a reader gets line by line).
      const pdf = await makePdf(['附件', '重点任务分工表', { table: [header, ...rows] }, '以上任务按季度报送进展。'], {
        font: 'cjk',
        header: '示例县人民政府',
      });
      const { blocks } = await extractDocument(pdf, '分工表.pdf');
      const tables = blocks.filter((b) => b.kind === 'table');
      expect(tables).toHaveLength(1);
      expect(tables[0]!.rows).toStrictEqual([header, ...rows]);
      expect(paragraphTexts(blocks)).toStrictEqual(['附件', '重点任务分工表', '以上任务按季度报送进展。']);
    },
  );

  it.skipIf(!cjkFont)(
    'starts a paragraph at each short one-line paragraph, and at an ordinal after a full line that ends a sentence',
    { timeout: 60_000 },
    async () => {
      // Most paragraphs are one indented line, so the commonest x is the indent, not the margin; a heading follows
      // a paragraph whose last line ends at the margin.
      const lines = [
        '示例方案',
        '一、工作目标',
        '到2024年底，全市新登记经营主体不少于1.2万户，企业开办时间压缩至1个工作日以内，可办率达到98%以上。',
        '二、重点任务',
        '（一）提升效能',
        '1.深化改革。',
        '2.推进政策。',
        '（二）优化准入',
        '3.压缩时间。',
        '三、保障措施',
      ];
      const document = await extractDocument(await makePdf(lines, { font: 'cjk' }), '方案.pdf');
      expect(paragraphTexts(document.blocks)).toStrictEqual(lines);
    },
  );

  it('reads Chinese text in a font that is not embedded, with the cMaps shipped in pdfjs-dist (no network)', async () => {
    const lines = ['博山区国家知识产权强区试点区建设工作方案', '（2022—2025年）'];
    const document = await extractDocument(makeNonEmbeddedCjkPdf(lines), '旧版.pdf');
    expect(paragraphTexts(document.blocks)).toStrictEqual(lines);
  });

  it('refuses a scanned PDF (images, no text) and suggests OCR', async () => {
    const scanned = await refusal(await makeScannedPdf(3), '扫描件.pdf');
    expect(scanned.code).toBe('NO_TEXT_LAYER');
    expect(scanned.reason).toContain('扫描件');
    expect(scanned.reason).toContain('文字识别（OCR）');
  });

  it('joins the items of a line: Chinese without spaces, table cells and Latin words with one', () => {
    const item = (text: string, x: number, y = 700, size = 16) => ({ text, x, y, size, width: text.length * size });
    expect(
      rebuildLines([
        item('区市场监管局', 400, 680),
        item('建立知识产权', 104),
        item('1', 72, 680),
        item('保护工作站', 200.5),
        item('建立工作站', 120, 680.4),
        item('Plan', 72, 660, 10),
        item('2022', 115, 660.2, 10),
      ]).map((line) => line.text),
    ).toStrictEqual(['建立知识产权保护工作站', '1 建立工作站 区市场监管局', 'Plan 2022']);
  });

  it('refuses a PDF of more than 2 000 pages', async () => {
    const pdf = await PDFDocument.create();
    for (let i = 0; i < 2001; i++) pdf.addPage([100, 100]);
    const refused = await refusal(await pdf.save(), 'huge.pdf');
    expect(refused).toStrictEqual({ code: 'DOCUMENT_TOO_LARGE', reason: expect.stringContaining('2000 页') });
  });

  it('refuses a PDF cut short, and a file named .pdf that is not one', async () => {
    const pdf = await makePdf(['A short plan.'], { font: 'latin' });
    expect((await refusal(pdf.subarray(0, Math.floor(pdf.length * 0.6)), 'plan.pdf')).code).toBe('DAMAGED_DOCUMENT');
    expect((await refusal(new TextEncoder().encode('<html>not a pdf</html>'), 'plan.pdf')).code).toBe(
      'DAMAGED_DOCUMENT',
    );
  });
});

describe('damaged files', () => {
  it(
    'give a document or a refusal, never another error, wherever their bytes are damaged',
    { timeout: 60_000 },
    async () => {
      const documents: [string, Uint8Array][] = [
        ['plan.docx', await makeDocx(nonEmptyLines(BOSHAN_TEXT).slice(0, 20), TASK_TABLE)],
        ['plan.pdf', await makePdf(['A short plan with a few lines of text to damage.'], { font: 'latin' })],
      ];
      let seed = 42;
      const random = () => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        return seed / 2 ** 31;
      };
      for (const [name, bytes] of documents) {
        for (let round = 0; round < 25; round++) {
          const damaged = bytes.slice();
          const start = Math.floor(random() * damaged.length);
          for (let i = 0; i < 1 + Math.floor(random() * 64); i++) {
            damaged[(start + i) % damaged.length] = Math.floor(random() * 256);
          }
          const outcome = await extractDocument(damaged, name).then(
            (document) => document.format,
            (error: unknown) => (error instanceof ImportError ? error.code : error),
          );
          expect([
            'docx',
            'pdf',
            'DAMAGED_DOCUMENT',
            'NO_TEXT_LAYER',
            'EMPTY_DOCUMENT',
            'UNSUPPORTED_FORMAT',
          ]).toContain(outcome);
        }
      }
    },
  );
});

describe('plain text and what is not a document', () => {
  it('reads UTF-8 text as one paragraph per non-empty line', async () => {
    const document = await extractDocument(new TextEncoder().encode(BOSHAN_TEXT), 'plan.txt');
    expect(document).toStrictEqual({
      format: 'text',
      blocks: nonEmptyLines(BOSHAN_TEXT).map((text) => ({ kind: 'paragraph', text })),
    });
  });

  it('decodes text saved in GBK by Chinese Windows', async () => {
    const text = BOSHAN_TEXT.replace(/\u00a0/g, ' '); // GBK has no no-break space
    const document = await extractDocument(encodeGbk(text.replace(/\n/g, '\r\n')), 'plan.txt');
    expect(document.format).toBe('text');
    expect(paragraphTexts(document.blocks)).toStrictEqual(nonEmptyLines(text));
    expect(paragraphTexts(document.blocks)).toContain('博政发〔2022〕8号');
  });

  it('refuses an empty file, an image and other binary files', async () => {
    expect((await refusal(new Uint8Array(0), 'plan.docx')).code).toBe('EMPTY_DOCUMENT');
    expect((await refusal(new TextEncoder().encode(' \n\u3000\r\n'), 'plan.txt')).code).toBe('EMPTY_DOCUMENT');
    const image = await refusal(makePng(), '方案.png');
    expect(image).toStrictEqual({ code: 'UNSUPPORTED_FORMAT', reason: expect.stringContaining('图片') });
    const binary = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect((await refusal(binary, 'plan.bin')).code).toBe('UNSUPPORTED_FORMAT');
  });

  it('refuses a file over 20 MB before reading it', async () => {
    const big = new Uint8Array(20 * 1024 * 1024 + 1).fill(0x61);
    expect((await refusal(big, 'plan.txt')).code).toBe('DOCUMENT_TOO_LARGE');
  });
});
