export default async function eventStoreDbTeardown(): Promise<void> {
  await globalThis.eventStoreDbContainer?.stop();
}
