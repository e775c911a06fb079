import type { Question } from '@/content/schema';
import { SourceTitle, type InLanguage } from '@/components/articles/SourcesList';

type Props = {
  intro: string;
  topics: { topic: string; title: string; questions: Question[] }[];
  labels: { why: string; goodAnswer: string; ifWorried: string; source: string; inLanguage: InLanguage };
};

/** The whole bank as plain, printable lists: the page without JavaScript. */
export function QuestionBankList({ intro, topics, labels }: Props) {
  return (
    <div className="question-bank space-y-6">
      <p>{intro}</p>
      {topics
        .filter((t) => t.questions.length)
        .map((t) => (
          <section key={t.topic} aria-labelledby={`topic-${t.topic}`}>
            <h2 id={`topic-${t.topic}`} className="text-xl font-bold">{t.title}</h2>
            <ul className="mt-2 list-disc space-y-3 pl-6">
              {t.questions.map((q) => (
                <li key={q.id}>
                  <p className="font-semibold">{q.question.self}</p>
                  <p><span className="font-semibold">{labels.why}:</span> {q.why}</p>
                  <p><span className="font-semibold">{labels.goodAnswer}:</span> {q.goodAnswer}</p>
                  <p data-pagefind-ignore>
                    <span className="font-semibold">{labels.source}</span> <SourceTitle source={q.source} inLanguage={labels.inLanguage} />
                  </p>
                </li>
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}
