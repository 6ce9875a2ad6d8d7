/** The copilot's question (ask_user): the turn waits for the person's answer, which their next message is. */
export function QuestionCard({ args, onAnswer }: { args: unknown; onAnswer?: (answer: string) => void }) {
  const { question, options } = (args ?? {}) as { question?: string; options?: string[] };
  return (
    <div className="question-card" data-testid="question-card">
      <p>{question}</p>
      {options && onAnswer && (
        <div className="tool-links">
          {options.map((option) => (
            <button key={option} type="button" onClick={() => onAnswer(option)}>
              {option}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
