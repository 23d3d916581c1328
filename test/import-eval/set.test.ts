import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocumentFile } from '../../server/src/modules/plan-import';
import { flatten, normalise, normaliseUnit } from './score';
import { documents } from './set';

const set = documents();

/** Chinese numerals as a targets' text may write them (五千 → 5000). */
function writtenForms(n: number): string[] {
  const digits = '〇一二三四五六七八九';
  const forms = [String(n)];
  if (Number.isInteger(n) && n % 1000 === 0 && n < 10000) forms.push(`${digits[n / 1000]}千`);
  return forms;
}

describe('the evaluation set', () => {
  it('holds at least six real documents and says where each came from', () => {
    expect(set.filter((d) => !d.slug.startsWith('synthetic-')).length).toBeGreaterThanOrEqual(6);
  });

  it('marks at least three real documents as held out (added after the parser was written)', () => {
    const heldOut = set.filter((d) => d.heldOut);
    expect(heldOut.length).toBeGreaterThanOrEqual(3);
    expect(heldOut.filter((d) => d.slug.startsWith('synthetic-'))).toEqual([]);
  });

  it('holds a .docx and a PDF with a task-split table, and a PDF of prose, read through the extraction', async () => {
    const files = set.flatMap((d) => (d.file ? [d.file] : []));
    expect(new Set(files.map((f) => path.extname(f)))).toEqual(new Set(['.docx', '.pdf']));
    const docx = await readDocumentFile(files.find((f) => f.endsWith('.docx'))!);
    expect(docx.blocks.some((b) => b.kind === 'table' && b.rows.length > 3)).toBe(true);
    const pdfs = await Promise.all(files.filter((f) => f.endsWith('.pdf')).map((f) => readDocumentFile(f)));
    expect(pdfs.map((pdf) => pdf.blocks.some((b) => b.kind === 'table')).sort()).toEqual([false, true]);
  });

  for (const doc of set) {
    describe(doc.slug, () => {
      const text = normalise(doc.text);

      if (doc.file) {
        it(`holds in ${path.basename(doc.file)} the text of document.txt, as its extraction reads it`, async () => {
          const { blocks } = await readDocumentFile(doc.file!);
          const extracted = blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.rows.flat().join(''))).join('');
          expect(normalise(extracted).replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
        });
      }

      it('names measures by titles and numbers that the document writes', () => {
        for (const m of flatten(doc.expected.measures)) {
          expect(text, `title ${m.title}`).toContain(normalise(m.title));
          expect(text, `number ${m.number}`).toContain(normalise(m.number ?? '').replace(/\.$/, ''));
        }
      });

      it('names units as the document writes them, each unit of a measure in that measure’s text', () => {
        for (const m of flatten(doc.expected.measures)) {
          const units = [...(m.lead ?? []), ...(m.participating ?? [])];
          expect(new Set(units).size, `${m.title}: a unit twice`).toBe(units.length);
          for (const unit of units) expect(text, `${m.title}: ${unit}`).toContain(normaliseUnit(unit));
        }
      });

      it('gives indicators whose names and targets the document writes', () => {
        for (const i of (doc.expected.goals ?? []).flatMap((g) => g.indicators ?? [])) {
          expect(text, i.name).toContain(normalise(i.name));
          expect(
            writtenForms(i.target ?? Number.NaN).some((form) => text.includes(form)),
            `${i.name}: ${i.target}`,
          ).toBe(true);
        }
      });
    });
  }
});
