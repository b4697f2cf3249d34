import type { Random } from "./random";
import {
  AGE_BANDS,
  FIRST_NAMES,
  LAST_NAMES,
  LAST_SIGNUP,
  PERIOD,
  PROCESS,
  REGIONS,
  SALES_CHANNELS,
  SPEND_LEVEL,
} from "./sampleConfig";

/** A simulated customer and the days it buys on (distinct, ascending). */
export interface SimCustomer {
  id: string;
  name: string;
  signupDay: number;
  region: string;
  ageBand: string;
  preferredChannel: string;
  /** Purchase rate per day and dropout probability of the BG/NBD-like process. */
  lambda: number;
  dropout: number;
  purchaseDays: number[];
  /** Multiplier of every price this customer pays (SPEND_LEVEL); 1 until drawn. */
  spendLevel: number;
}

/**
 * Draws `count` customers and their baseline purchase days (before any campaign): sign-up
 * uniform over the period up to LAST_SIGNUP, a first purchase on the sign-up day (except the
 * PROCESS.neverBuyShare who never buy), then purchases at exponential intervals of rate lambda,
 * dropping out for good after each purchase with probability p (the BG/NBD story of Fader,
 * Hardie & Lee 2005). Several purchases on one day are one purchase day.
 */
export function simulateCustomers(random: Random, count: number): SimCustomer[] {
  const customers: SimCustomer[] = [];
  for (let i = 0; i < count; i++) {
    const signupDay = random.int(PERIOD.first, LAST_SIGNUP);
    const lambda = random.gamma(PROCESS.r, PROCESS.alpha);
    const dropout = random.beta(PROCESS.a, PROCESS.b);
    const buys = !random.bernoulli(PROCESS.neverBuyShare);
    customers.push({
      id: `CL${String(i + 1).padStart(5, "0")}`,
      name: `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`,
      signupDay,
      region: random.weighted(REGIONS),
      ageBand: random.weighted(AGE_BANDS),
      preferredChannel: random.weighted(SALES_CHANNELS),
      lambda,
      dropout,
      purchaseDays: buys ? purchaseDays(random, signupDay, lambda, dropout) : [],
      spendLevel: 1,
    });
  }
  return customers;
}

function purchaseDays(random: Random, first: number, lambda: number, dropout: number): number[] {
  const days = [first];
  let t = first;
  while (!random.bernoulli(dropout)) {
    t += random.exponential(lambda);
    const d = Math.floor(t);
    if (d > PERIOD.last) break;
    if (d !== days[days.length - 1]) days.push(d);
  }
  return days;
}

/** Gives each customer its persistent spend level, from its own random stream (see SPEND_LEVEL). */
export function drawSpendLevels(random: Random, customers: SimCustomer[]): void {
  for (const customer of customers) {
    customer.spendLevel = random.gamma(SPEND_LEVEL.shape, SPEND_LEVEL.shape);
  }
}
