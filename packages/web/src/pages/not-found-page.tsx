import { Link } from '@tanstack/react-router';

/** An address the app does not have: say so and offer the way home. */
export function NotFoundPage() {
  return (
    <main className="page-message">
      <h1>Nothing here</h1>
      <p>This address is not a page of Blocksmith.</p>
      <Link to="/">Go to Home</Link>
    </main>
  );
}
