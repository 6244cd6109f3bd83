/** A value computed once, on first use; `started` tells whether anyone asked for it yet. */
export class Lazy<T> {
  #promise: Promise<T> | undefined;
  readonly #compute: () => Promise<T>;

  constructor(compute: () => Promise<T>) {
    this.#compute = compute;
  }

  get(): Promise<T> {
    this.#promise ??= this.#compute();
    return this.#promise;
  }

  get started(): boolean {
    return this.#promise !== undefined;
  }

  /** The value if it was asked for (waiting for it to settle), else undefined: used for facts, never to start work. */
  async ifStarted(): Promise<T | undefined> {
    return this.#promise ? await this.#promise.catch(() => undefined) : undefined;
  }
}
