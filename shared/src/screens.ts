/**
 * `@piazza/shared/screens`: what apps' screens beyond the first view share (forms with
 * their field errors, lists that grow page by page). A module of its own in the import
 * map, so the first view does not download it.
 */
export { appendPages } from './graphql/append-pages.js';
export {
  fieldErrorMessage,
  fieldErrorsOf,
  messageFor,
  type FieldError,
} from './graphql/field-errors.js';
export { fieldStyles, filePickerStyles, screenStyles } from './ui/screen.styles.js';
export { dataTableStyles } from './ui/data-table.styles.js';
export { ScreenCodeController } from './lifecycle/screen-code.js';
export { isTag, tagsOf, tagsText } from './text/tags.js';
export { csvSeparator, toCsv, type CsvCell, type CsvSeparator } from './files/csv.js';
export {
  checkTranslation,
  pluralCategories,
  type TranslationProblem,
  type TranslationProblemCode,
} from './i18n/translation-rules.js';
