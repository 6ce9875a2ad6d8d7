/** A provider may echo what it was sent; its message must not carry the credential's secrets back out. */
export function redactSecrets(message: string, fields: Record<string, string>): string {
  return Object.entries(fields)
    .filter(([name, value]) => name !== 'baseUrl' && value.length >= 4)
    .map(([, value]) => value)
    .reduce((text, secret) => text.split(secret).join('[redacted]'), message);
}
