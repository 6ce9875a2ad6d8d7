import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { queries } from '../api/queries.ts';
import { relativeTime } from '../ui/relative-time.ts';

/** For the server's operator (the owner account): every account and the workspaces it is in. */
export function PeopleSection() {
  const operator = useQuery(queries.auth()).data?.user?.isOwner === true;
  const people = useQuery({ queryKey: ['operator', 'users'], queryFn: api.operatorUsers, enabled: operator });
  if (!operator) return null;
  return (
    <section className="settings-section" aria-label="People on this server">
      <h2>People on this server</h2>
      <p className="muted">Every account, and the workspaces it is in. Who may create an account is set by BLOCKSMITH_SIGNUP (closed, open or invitation).</p>
      <table className="members-table">
        <thead>
          <tr>
            <th scope="col">Account</th>
            <th scope="col">Since</th>
            <th scope="col">Workspaces</th>
          </tr>
        </thead>
        <tbody>
          {(people.data?.users ?? []).map((person) => (
            <tr key={person.id}>
              <th scope="row">
                {person.email}
                {person.isOwner ? ' (operator)' : ''}
              </th>
              <td>{relativeTime(person.createdAt)}</td>
              <td>
                {person.workspaces
                  .filter((w) => !w.personal)
                  .map((w) => `${w.name} (${w.role})`)
                  .join(', ') || 'personal only'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
