/** Rows fetched per request ("加载更多" fetches the same number again). */
export const PAGE_SIZE = 20;
