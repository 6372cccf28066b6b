/** Makes a switch over a union exhaustive: adding a member without a case is a type error. */
export function assertNever(value: never, message = 'Unexpected value'): never {
  throw new Error(`${message}: ${JSON.stringify(value)}`);
}
