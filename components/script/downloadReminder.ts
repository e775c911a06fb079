import { fillTemplate } from '@/components/ui/fillTemplate';
import type { AssembledScript } from './assemble';

type Labels = { icsSummary: string; icsDescription: string; pageTitle: string };

/**
 * Makes the calendar file for the reply's due date and hands it to the browser as a download.
 * The reminder links back to the goal and place only: nothing personal leaves in the file's link.
 */
export async function downloadReminder(script: AssembledScript, facility: string, labels: Labels): Promise<void> {
  const d = script.deadline!;
  const { buildReminderIcs } = await import('./ics');
  const ics = buildReminderIcs({
    due: d.due,
    summary: fillTemplate(labels.icsSummary, { title: script.title }),
    description: fillTemplate(labels.icsDescription, {
      facility,
      sent: d.sentText,
      received: d.receivedText,
      rule: script.citation ?? '',
      url: `${window.location.origin}${window.location.pathname}#g=${script.goal}&j=${script.jurisdiction}`,
    }),
    uid: `${script.goal}-${script.jurisdiction}-${d.due}@before-your-scan`,
    now: new Date(),
    calendarName: labels.pageTitle,
  });
  const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `reminder-${script.goal}-${d.due}.ics`;
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
