/** An app address from an agent's name: lowercase letters, digits and single dashes, 3 to 60 of them (the server's rule). */
export function appSlugOf(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug.length >= 3 ? slug : `${slug || 'app'}-page`.replace(/^-/, '');
}
