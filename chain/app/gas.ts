import { errors } from "./errors.ts";

// The Cosmos SDK's KVStore gas table (store/types/gas.go), so gas estimates from Cosmos tooling
// are in the same range on our chain.
export const kvGasConfig = {
  hasCost: 1000n,
  deleteCost: 1000n,
  readCostFlat: 1000n,
  readCostPerByte: 3n,
  writeCostFlat: 2000n,
  writeCostPerByte: 30n,
  iterNextCostFlat: 30n,
};

export class GasMeter {
  private used = 0n;
  /** limit undefined = infinite (simulation, genesis, begin/end block). */
  constructor(readonly limit?: bigint) {}

  get consumed(): bigint {
    return this.used;
  }

  consume(amount: bigint, descriptor: string): void {
    this.used += amount;
    if (this.limit !== undefined && this.used > this.limit) {
      throw new OutOfGasError(descriptor, this.limit, this.used);
    }
  }

  /** After an out-of-gas the meter reports the limit, as the SDK does. */
  usedForResult(): bigint {
    return this.limit !== undefined && this.used > this.limit ? this.limit : this.used;
  }
}

export class OutOfGasError extends Error {
  constructor(
    readonly descriptor: string,
    readonly limit: bigint,
    readonly used: bigint,
  ) {
    super(`out of gas in location: ${descriptor}; gasWanted: ${limit}, gasUsed: ${used}`);
  }
  toAppError() {
    return errors.outOfGas(`${this.message}: out of gas`);
  }
}
