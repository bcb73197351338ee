/**
 * The app's base path (Vite's `BASE_URL`). Data modules are also run by Node tools, where
 * Vite's env is absent: there it is `/`.
 */
export function baseUrl(): string {
  return (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/';
}
