import { Link } from '@tanstack/react-router';
import { MessageSquare, Plus } from 'lucide-react';
import { Button } from '../ui/components/button.tsx';

/** The way to build a new agent, offered by Home, the library and its empty state. */
export function NewAgentLink({ children = 'New agent' }: { children?: string }) {
  return (
    <Button asChild variant="primary">
      <Link to="/graphs/$graphId" params={{ graphId: 'new' }}>
        <Plus size={16} aria-hidden />
        {children}
      </Link>
    </Button>
  );
}

/** The way to describe an agent to the copilot instead. */
export function AskCopilotLink() {
  return (
    <Button asChild>
      <Link to="/copilot">
        <MessageSquare size={16} aria-hidden />
        Ask the copilot
      </Link>
    </Button>
  );
}
