/** The single file carries its map inside the page (embedded-single.ts): no worker to start. */
export const startLoadWorker = (): Worker => {
  throw new Error('The single file has its data inside; it loads no worker.');
};
