// Values from Excel (issue 16): fill-in templates for indicator values and progress, and their uploads.
export { VALUES_WORKBOOK_ROUTES } from './values-workbook.route';
