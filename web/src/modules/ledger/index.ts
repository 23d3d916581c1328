export { LedgerButton, ledgerPath } from './LedgerButton';
