/** Parameters and input of the BG/NBD model (Fader, Hardie & Lee 2005). */

export interface BgnbdParams {
  /** Shape of the gamma mixing distribution of the purchase rate. */
  r: number;
  /** Scale of that gamma distribution, in the summary's time unit. */
  alpha: number;
  /** First shape of the beta mixing distribution of the dropout probability. */
  a: number;
  /** Second shape of that beta distribution. */
  b: number;
}

/** Per-customer columns in the BG/NBD convention (repeat purchases; one time unit throughout). */
export interface BgnbdColumns {
  frequency: ArrayLike<number>;
  recency: ArrayLike<number>;
  T: ArrayLike<number>;
}
