// One chunk for both payment pages: each lazy chunk costs the login route its file name in the entry's preload map,
// and the list and a batch are used together anyway.
export { PaymentsPage } from './PaymentsPage';
export { PaymentBatchPage } from './PaymentBatchPage';
